using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning;

/// <summary>
/// Read or refuse: what a target, a scope or a text to look for may look like. A name the line quoted is taken as
/// written; an unquoted one must be a name, not the rest of a sentence: no stray quotes, no commas, no verbs or
/// connecting words ("is", "after", "clicks", "then"). A reading whose parts fail this is no reading: the line is
/// refused at that part instead of being checked for words the grammar did not place.
/// </summary>
internal static partial class Shapes
{
    // Words that join clauses, quantify or point back: never part of a name, even one closed by a kind word.
    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "then", "after", "before", "when", "whenever", "while", "because", "until", "unless", "which", "whichever", "whose",
        "who", "if", "once", "twice", "again", "still", "yet", "also", "too", "already", "without", "whether", "although",
        "though", "each", "every", "both", "any", "its", "their", "them", "whatever", "either", "neither", "but", "gets",
    };

    // Verbs: not part of an unquoted name ("the This is a gift checkbox", closed by its kind word, may hold "is").
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "does", "did", "should", "must",
        "will", "would", "can", "could", "shall", "may", "might", "that", "so", "now", "such", "where",
    };

    // Verbs in the third person that are not also the nouns of labels ("Notes", "Updates", "Returns" stay names).
    private static readonly HashSet<string> ThirdPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        "clicks", "enters", "presses", "selects", "chooses", "picks", "ticks", "unticks", "unchecks", "fills", "opens",
        "closes", "clears", "deletes", "removes", "adds", "waits", "watches", "sees", "shows", "reads", "says", "appears",
        "displays", "contains", "disappears", "becomes", "stays", "remains", "goes", "moves", "lands", "hovers", "scrolls",
        "tries", "confirms", "submits", "searches", "reloads", "happens", "applied",
    };

    /// <summary>Whether every part of a step read from <paramref name="line"/> is one the line placed there.</summary>
    public static bool Fits(string line, StepDraft step)
    {
        var target = step.Target is null || IsQuotedIn(line, step.Target)
            || (step.ElementKind is null ? IsPlainName(step.Target) : IsBoundedName(step.Target));
        return target
            && Placed(line, step.Scope?.Text)
            && (step.Value is null || IsQuotedIn(line, step.Value) || (ActionNames.IsAssertion(step.Action) || step.Action is StepAction.WaitFor or StepAction.WaitForGone ? IsPlainText(step.Value) : IsPlainValue(step.Value)))
            && (step.Values ?? []).All(v => IsQuotedIn(line, v) || IsPlainText(v));
    }

    /// <summary>Whether a target, scope or text read from <paramref name="line"/> is one the line placed there.</summary>
    public static bool Placed(string line, string? text) =>
        text is null || text.Length == 0 || IsQuotedIn(line, text) || IsPlainName(text);

    /// <summary>Whether the text was written in quotes in the line.</summary>
    public static bool IsQuotedIn(string line, string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        for (var at = line.IndexOf(text, StringComparison.OrdinalIgnoreCase); at >= 0; at = line.IndexOf(text, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + text.Length;
            if (at > 0 && end < line.Length && line[at - 1] is '"' or '\'' or '“' && line[end] == (line[at - 1] == '“' ? '”' : line[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An unquoted name: words, numbers and the usual punctuation of labels, but no sentence.</summary>
    public static bool IsPlainName(string text) =>
        !HasStops(text, ',') && Words(text, verbs: true) && !DanglingEnd().IsMatch(text) && !NotAName().IsMatch(text);

    /// <summary>Whether the text starts with a verb: the start of another action, never a name carried a verb over to.</summary>
    public static bool StartsWithVerb(string text) => LeadingVerb().IsMatch(text);

    /// <summary>An unquoted text to look for: a name or a number with its words, but no description ("a badge").</summary>
    public static bool IsPlainText(string text) =>
        (IsPlainName(text) || ShortWithComma(text)) && !Description().IsMatch(text) && !text.Contains(" / ", StringComparison.Ordinal);

    // "Welcome, Jane": a greeting or an address of a few words keeps its comma; a longer run is a list or a sentence.
    private static bool ShortWithComma(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && !HasStops(text, '\0') && Words(text, verbs: true)
        && !System.Text.RegularExpressions.Regex.IsMatch(text, @"\b(?:and|or)\b", RegexOptions.IgnoreCase);

    /// <summary>A value to type: anything but the start of another clause or a half-quoted text.</summary>
    public static bool IsPlainValue(string text) =>
        !HasStops(text, '\0') && !Relative().IsMatch(text) && Words(text, verbs: true) && !text.Contains(" and ", StringComparison.OrdinalIgnoreCase);

    // "the Save and close button": closed by its kind word, so "and close" is part of the label, not another action.
    private static bool IsBoundedName(string text) =>
        !HasStops(text, ',') && !Then().IsMatch(text) && Words(text, verbs: false, clauses: false) && !NotAName().IsMatch(text)
        && !DanglingEnd().IsMatch(text);

    // A plural kind word inside a name ("row checkboxes of Emma"), a state after the name ("Adults at 1"), or only a
    // look ("round"): the words describe elements, they do not name one.
    [GeneratedRegex(@"\b(?:checkboxes|buttons|links|fields|dropdowns|radios)\b|\bat\s+\d|^(?:round|square|small|little|big|large|tiny|red|green|blue|grey|gray|dark|light|empty|same|other)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();

    // "current year - 18", "today + 14 days": a value to work out, not one to type.
    [GeneratedRegex(@"\b(?:current\s+(?:year|date|month|day)|today|tomorrow|yesterday|now)\b\s*[-+]|\b(?:current\s+year|current\s+date)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    private static bool HasStops(string text, char also) => text.IndexOfAny(['"', '“', '”', ';', also]) >= 0;

    private static bool Words(string text, bool verbs, bool clauses = true)
    {
        var connectives = Connectives.GetAlternateLookup<ReadOnlySpan<char>>();
        var thirdPerson = ThirdPerson.GetAlternateLookup<ReadOnlySpan<char>>();
        var verbWords = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = text.AsSpan();
        for (var i = 0; i < span.Length;)
        {
            if (!IsWordChar(span[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.Length && IsWordChar(span[i]))
            {
                i++;
            }

            var word = span[start..i];
            if (connectives.Contains(word) || thirdPerson.Contains(word) || (verbs && verbWords.Contains(word)))
            {
                return false;
            }
        }

        // Only a comma, "and", "or" or "then" can start another clause: the regex runs only when one is there.
        return !clauses || !MayBreak(text) || !ClauseBreak().IsMatch(text);
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c == '\'';

    private static bool MayBreak(string text) =>
        text.Contains(',', StringComparison.Ordinal) || text.Contains(" and ", StringComparison.OrdinalIgnoreCase)
        || text.Contains(" or ", StringComparison.OrdinalIgnoreCase) || text.Contains("then", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\bthen\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Then();

    [GeneratedRegex(@"\bthen\b|(?:,|\band\b|\bor\b)\s+(?:click|tap|press|hit|type|enter|fill|select|choose|pick|tick|untick|check|uncheck|open|close|go|wait|watch|clear|delete|remove|add|change|set|scroll|hover|reload|refresh|confirm|submit|verify|see|note|repeat|use|try|flip|move|log)(?:s|es)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    /// <summary>Whether another action starts inside the text ("… and clicks Save", "…, then …").</summary>
    public static bool HasClauseBreak(string text) => MayBreak(text) && ClauseBreak().IsMatch(text);

    [GeneratedRegex(@"\s(?:and|or|with|of|to|the|a|an|that|which|who)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DanglingEnd();

    [GeneratedRegex(@"^(?:click|tap|press|hit|type|enter|fill|select|choose|pick|tick|untick|check|uncheck|open|close|go|wait|watch|clear|delete|remove|add|change|set|scroll|hover|reload|refresh|confirm|submit|verify|see|note|repeat|use|try|flip|move|drag|leave|switch|turn|search|sign|log|expand|collapse|toggle|mark|empty|type)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingVerb();

    [GeneratedRegex(@"^(?:a|an|the|some|any|no|his|her|my|our|your)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Description();

    [GeneratedRegex(@"[\p{L}']+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
