using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning;

/// <summary>
/// Reads expected results. A sentence may hold several facts ("the page shows X and the banner is gone; the list holds
/// only A and B"): it is split on ";" and on "and" wherever both sides are facts, and each fact becomes one assertion.
/// A fact the grammar cannot turn into a check makes the whole line unreadable: nothing is dropped. The phrasings
/// live in one family each (<see cref="PlaceFacts"/>, <see cref="ListFacts"/>, <see cref="CountFacts"/>,
/// <see cref="StateFacts"/>, <see cref="ValueFacts"/>, <see cref="TextFacts"/>); this class only splits and tries them
/// in order.
/// </summary>
internal static partial class FactGrammar
{
    private const int MaxFactsPerClause = 12;

    /// <summary>Every fact rule, in the order they are tried: the first that reads a fact wins.</summary>
    private static readonly FactRule[] Rules =
    [
        .. PlaceFacts.Rules,
        .. ListFacts.Rules,
        .. CountFacts.Rules,
        .. StateFacts.StateRules,
        .. ValueFacts.Rules,
        .. TextFacts.Rules,
        .. StateFacts.PresenceRules,
    ];

    /// <summary>The assertion prefix of a line ("Verify", "Check that", "Make sure"), or empty.</summary>
    public static string Prefix(string text)
    {
        var m = PrefixRule().Match(text);
        return m.Success ? m.Value : string.Empty;
    }

    /// <summary>Reads a sentence of facts; null when any fact in it cannot be read.</summary>
    public static StepDraft[]? Read(string text)
    {
        var all = new List<StepDraft>();
        foreach (var (clause, _) in Phrases.SplitOutsideQuotes(text, ';'))
        {
            if (clause.Trim().Length == 0)
            {
                continue;
            }

            if (ReadClause(Phrases.Clean(clause), []) is not { } facts)
            {
                return null;
            }

            all.AddRange(facts);
        }

        return all.Count == 0 ? null : [.. all];
    }

    /// <summary>A hint for an unreadable fact: which part the grammar could not read.</summary>
    public static string Why(string text)
    {
        foreach (var (clause, _) in Phrases.SplitOutsideQuotes(text, ';'))
        {
            var c = Phrases.Clean(clause);
            if (c.Length > 0 && ReadClause(c, []) is null && c.Length < text.Length)
            {
                return $": cannot turn '{c}' into a check";
            }
        }

        return string.Empty;
    }

    // Splits "A and B" into two facts only when both halves are facts; otherwise reads the clause whole.
    // Remembers each tail's reading, so a long chain of "and"s costs quadratic, not exponential, time.
    private static StepDraft[]? ReadClause(string clause, Dictionary<string, StepDraft[]?> seen)
    {
        if (seen.TryGetValue(clause, out var known))
        {
            return known;
        }

        StepDraft[]? result = null;
        foreach (var (end, next) in Phrases.AndSplits(clause).Take(MaxFactsPerClause))
        {
            var left = ReadFact(clause[..end]);
            if (left is null)
            {
                continue;
            }

            var right = ReadClause(Phrases.Clean(clause[next..]), seen);
            if (right is not null)
            {
                result = [.. left, .. right];
                break;
            }
        }

        result ??= ReadFact(clause);
        seen[clause] = result;
        return result;
    }

    // The facts read while reading one line: the splits of a sentence try the same parts again and again, and an
    // unreadable line is read once more to say why. Cleared for every line (and when large), one per thread.
    [ThreadStatic]
    private static Dictionary<string, StepDraft[]?>? facts;

    /// <summary>Forgets the facts read for the previous line.</summary>
    public static void BeginLine() => facts?.Clear();

    private static StepDraft[]? ReadFact(string fact)
    {
        facts ??= new Dictionary<string, StepDraft[]?>(StringComparer.Ordinal);
        if (facts.TryGetValue(fact, out var known))
        {
            return known;
        }

        if (facts.Count > 512)
        {
            facts.Clear();
        }

        var read = ReadFactOnce(fact);
        facts[fact] = read;
        return read;
    }

    private static StepDraft[]? ReadFactOnce(string fact)
    {
        var text = Phrases.Clean(fact);
        var prefix = PrefixRule().Match(text);
        if (prefix.Success)
        {
            text = Phrases.Clean(text[prefix.Length..]);
        }

        text = Context().Replace(text, string.Empty);
        // Tried as written first ("is on the Orders page"), then without words that only say where ("… at the top").
        return ReadWith(text, fact) ?? (Phrases.DropLocation(text) is var dropped && dropped != text ? ReadWith(dropped, fact) : null);
    }

    /// <summary>Reads one fact (no splitting): what a family reads when a fact holds another ("the page opens with 4 rows").</summary>
    public static StepDraft[]? ReadOne(string fact) => ReadFact(fact);

    private static StepDraft[]? ReadWith(string text, string fact)
    {
        if (text.Length == 0)
        {
            return null;
        }

        foreach (var (pattern, build) in Rules)
        {
            var match = pattern.Match(text);
            if (match.Success && build(match) is { } steps && steps.All(s => Checkable(s) && Shapes.Fits(fact, s)))
            {
                return steps;
            }
        }

        return null;
    }

    private static bool Checkable(StepDraft s) =>
        (s.Value is not null || s.Target is { Length: > 0 } || s.Values is { Count: > 0 })
        && (s.Action == StepAction.AssertOnPage || !Phrases.IsEmptyWord(s.Value))
        && (s.ElementKind is not null || !Phrases.IsEmptyWord(s.Target));

    // When the fact holds, not what it is: "After Sign out:", "Step 3:", "After applying the code, ", "Once saved, ".
    [GeneratedRegex("""^(?:(?:after|before|once|when|on|with|at|from|by|in|step)\b[^":,;]{0,40}:\s*|(?:after|once|when|whenever|as\s+soon\s+as|right\s+after)\s+[^",;:]{1,50},\s*|(?:step\s*\d+|now|then|finally|afterwards|at\s+the\s+end)\s*:\s*)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Context();

    [GeneratedRegex("""^(?:verify|verifies|check|assert|expect|ensure|confirm|validate|make\s+sure)(?:\s+(?:that|if|whether))?\b[:,]?\s*""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrefixRule();
}

/// <summary>One phrasing of a fact: the pattern of the whole fact, and the checks it gives (null: not this phrasing).</summary>
internal readonly record struct FactRule(Regex Pattern, Func<Match, StepDraft[]?> Build);
