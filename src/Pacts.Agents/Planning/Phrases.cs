using System.Text;
using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning;

/// <summary>Small text operations the grammar shares: cleaning a line, quotes, lists, noise and location words.</summary>
internal static partial class Phrases
{
    /// <summary>Longest line the grammar reads; longer ones are an error, not a slow match.</summary>
    public const int MaxLineLength = 1_000;

    private static readonly Dictionary<string, string> ThirdPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        ["clicks"] = "click", ["taps"] = "tap", ["enters"] = "enter", ["types"] = "type", ["fills"] = "fill",
        ["sets"] = "set", ["selects"] = "select", ["chooses"] = "choose", ["picks"] = "pick", ["checks"] = "check",
        ["unchecks"] = "uncheck", ["ticks"] = "tick", ["unticks"] = "untick", ["presses"] = "press", ["hits"] = "hit",
        ["opens"] = "open", ["navigates"] = "navigate", ["goes"] = "go", ["visits"] = "visit", ["hovers"] = "hover",
        ["uploads"] = "upload", ["attaches"] = "attach", ["scrolls"] = "scroll", ["waits"] = "wait", ["reloads"] = "reload",
        ["refreshes"] = "refresh", ["clears"] = "clear", ["double-clicks"] = "double-click", ["logs"] = "log",
        ["signs"] = "sign", ["inputs"] = "input", ["puts"] = "put", ["writes"] = "write", ["sees"] = "see",
        ["verifies"] = "verify", ["submits"] = "submit", ["follows"] = "follow", ["pushes"] = "push", ["browses"] = "browse",
        ["provides"] = "provide", ["removes"] = "remove", ["watches"] = "watch", ["leaves"] = "leave", ["keeps"] = "keep", ["observes"] = "observe", ["empties"] = "empty", ["marks"] = "mark", ["loads"] = "load",
    };

    /// <summary>
    /// Trims a line and drops what carries no meaning: a trailing period, leading "Then", "And", "Next," and the
    /// subject ("I", "The user"), with the verb after a subject put in its base form ("clicks" to "click").
    /// </summary>
    public static string Clean(string line)
    {
        var text = Whitespace().Replace(line.Trim(), " ");
        text = text.TrimEnd('.', ';', '!', ',', ' ');
        for (var i = 0; i < 3; i++)
        {
            var before = text;
            text = LeadingConnective().Replace(text, string.Empty);
            text = DropSubject(text);
            if (before == text)
            {
                break;
            }
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? text : text[..space];
        if (ThirdPerson.TryGetValue(first, out var verb))
        {
            text = verb + (space < 0 ? string.Empty : text[space..]);
        }

        return text.Trim();
    }

    private static readonly HashSet<string> AfterSubject = new(StringComparer.OrdinalIgnoreCase)
    {
        "should", "can", "will", "must", "is", "am", "are", "see", "get", "gets", "click", "tap", "enter", "type", "fill",
        "set", "select", "choose", "pick", "check", "uncheck", "tick", "untick", "press", "hit", "open", "navigate", "go",
        "visit", "hover", "upload", "attach", "scroll", "wait", "reload", "refresh", "clear", "double-click", "log", "sign",
        "input", "put", "write", "submit", "follow", "push", "browse", "provide", "remove", "empty", "mark", "load",
        "verify", "double", "cannot", "can't", "do", "does", "don't", "doesn't", "lands", "land", "end", "ends", "remain",
        "remains", "stay", "stays", "return", "returns", "arrive", "arrives", "still", "now", "then", "also", "finally",
        "leave", "leaves", "keep", "keeps", "watch", "watches",
        "first", "next",
    };

    private static string DropSubject(string text)
    {
        var m = Subject().Match(text);
        if (!m.Success)
        {
            return text;
        }

        var next = m.Groups["next"].Value;
        return AfterSubject.Contains(next) || ThirdPerson.ContainsKey(next) ? text[m.Groups["next"].Index..] : text;
    }

    private static readonly HashSet<string> EmptyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "on", "in", "into", "over", "it", "this", "that", "to", "from", "of", "for", "with", "at", "and", "or",
    };

    /// <summary>A target or value that is only a function word ("Click the", "Hover over") names nothing.</summary>
    public static bool IsEmptyWord(string? text) => text is not null && (EmptyWords.Contains(text.Trim()) || StepReference().IsMatch(text));

    public static bool StartsWithPreposition(string text) => LeadingPreposition().IsMatch(text);

    public static bool IsQuoted(string text)
    {
        var v = text.Trim();
        return v.Length >= 2 && (v[0] == '"' && v[^1] == '"' || v[0] == '\'' && v[^1] == '\'' || v[0] == '“' && v[^1] == '”')
            && v.IndexOf(v[^1], 1) == v.Length - 1;
    }

    public static string Unquote(string value)
    {
        var v = value.Trim();
        return IsQuoted(v) ? v[1..^1] : v;
    }

    /// <summary>Drops a leading "the", "a" or "an".</summary>
    public static string DropArticle(string text) => LeadingArticle().Replace(text, string.Empty);

    /// <summary>Drops trailing words that only say where on the screen something is.</summary>
    public static string DropLocation(string text)
    {
        var result = text;
        for (var i = 0; i < 2; i++)
        {
            result = Location().Replace(result, string.Empty).Trim();
        }

        return result;
    }

    /// <summary>Drops a trailing purpose ("to submit the search", "in order to continue", "so that ...").</summary>
    public static string DropPurpose(string text)
    {
        // A purpose ends the line: when another action follows it ("… to reach step 4 and click Get my quote"),
        // dropping it would drop that action too.
        var purpose = Purpose().Match(text);
        return purpose.Success && !Shapes.HasClauseBreak(purpose.Value) ? text[..purpose.Index].Trim() : text.Trim();
    }

    /// <summary>Splits "A, B and C" (quotes respected) into its items; a single item gives a list of one.</summary>
    public static IReadOnlyList<string> SplitList(string text)
    {
        var items = new List<string>();
        var current = new StringBuilder();
        var quote = '\0';
        var t = text.Trim();
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            if (quote != '\0')
            {
                current.Append(c);
                if (c == quote || quote == '“' && c == '”')
                {
                    quote = '\0';
                }

                continue;
            }

            if (c is '"' or '\'' or '“' && (current.Length == 0 || string.IsNullOrWhiteSpace(current.ToString())))
            {
                quote = c;
                current.Append(c);
                continue;
            }

            if (c == ',')
            {
                Add(items, current);
                continue;
            }

            if (c == ' ' && MatchesWord(t, i + 1, "and ") is var andLength && andLength > 0)
            {
                Add(items, current);
                i += andLength;
                continue;
            }

            if (c == ' ' && MatchesWord(t, i + 1, "or ") is var orLength && orLength > 0)
            {
                Add(items, current);
                i += orLength;
                continue;
            }

            current.Append(c);
        }

        Add(items, current);
        return items;
    }

    /// <summary>Whether a list item text is written in quotes, so a list split on "and" is safe.</summary>
    public static bool AllQuoted(IReadOnlyList<string> items) => items.Count > 0 && items.All(IsQuoted);

    /// <summary>Splits on <paramref name="separator"/> outside quotes.</summary>
    public static IReadOnlyList<(string Part, int Offset)> SplitOutsideQuotes(string text, char separator)
    {
        var parts = new List<(string, int)>();
        var start = 0;
        foreach (var i in OutsideQuotes(text))
        {
            if (text[i] == separator)
            {
                parts.Add((text[start..i], start));
                start = i + 1;
            }
        }

        parts.Add((text[start..], start));
        return parts;
    }

    /// <summary>The positions of the characters outside quotes (an apostrophe inside a word opens none).</summary>
    public static IEnumerable<int> OutsideQuotes(string text)
    {
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote || quote == '“' && c == '”')
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '“' || c == '\'' && (i == 0 || !char.IsLetter(text[i - 1])))
            {
                quote = c;
            }
            else
            {
                yield return i;
            }
        }
    }

    /// <summary>The positions of " and " (and ", and") outside quotes, left to right: where one fact may end.</summary>
    public static IEnumerable<(int End, int Next)> AndSplits(string text)
    {
        foreach (var i in OutsideQuotes(text))
        {
            var c = text[i];
            if (c == ' ' && MatchesWord(text, i + 1, "and ") > 0)
            {
                var end = i > 0 && text[i - 1] == ',' ? i - 1 : i;
                yield return (end, i + 5);
            }
            else if (c == ',' && i + 1 < text.Length && text[i + 1] == ' ' && MatchesWord(text, i + 2, "and ") == 0)
            {
                yield return (i, i + 2);
            }
        }
    }

    private static int MatchesWord(string text, int at, string word) =>
        at + word.Length <= text.Length && string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
            ? word.Length
            : 0;

    private static void Add(List<string> items, StringBuilder current)
    {
        var item = current.ToString().Trim();
        if (item.Length > 0)
        {
            items.Add(item);
        }

        current.Clear();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("""^(?:the|a|an)\s+""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex("""^(?:step|line|row)\s+\d+$""", RegexOptions.IgnoreCase)]
    private static partial Regex StepReference();

    [GeneratedRegex("""^(?:from|into|in|on|to|with|at|of|for)\s""", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPreposition();

    [GeneratedRegex("""^(?:(?:then|and|when|given|but|next|now|finally|also|please|lastly)\b[,:]?|(?:first|afterwards|after\s+that|step\s*\d+)\s*[,:])\s*""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingConnective();

    [GeneratedRegex("""^(?:i|we|you|they|(?:the\s+)?(?:user|customer|shopper|tester|admin|visitor|buyer))\s+(?<next>[\w'-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Subject();

    [GeneratedRegex("""\s+(?:(?:on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:page|screen|view)|on\s+screen|(?:at|in|on|to)\s+(?:the\s+)?(?:very\s+)?(?:top|bottom|left|right|upper|lower)(?:[\s-]+(?:right|left|corner|side|hand\s+side|of\s+the\s+(?:page|screen|form)))*)$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Location();

    [GeneratedRegex("""\s+(?:(?:in\s+order\s+)?to\s+(?:reach|submit|open|go|continue|proceed|confirm|log|sign|save|complete|start|see|view|return|close|search|apply|finish|reset|send|place|create|dismiss|accept|expand|reveal|display|show|refresh|load|filter|sort|access|begin|get|make|add|remove|delete|clear|select|choose|check|verify|navigate|move|trigger|enter)\b.*|so\s+that\s+.*|and\s+wait\s+for\s+.*|without\s+(?:ticking|checking|filling|entering|choosing|selecting|changing|touching)\b.*|which\s+(?:is|are|has|shows)\b.*)$|,\s*which\s+(?:is|are|has|shows)\b.*$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Purpose();
}
