using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning;

/// <summary>
/// The deterministic grammar of step and assertion phrasings. The same line always gives the same draft; a line no
/// rule reads gives null, and the caller reports it with a suggestion.
/// </summary>
/// <summary>What the grammar made of one line: its steps, or an error with the closest known phrasing.</summary>
/// <param name="OpensForm">True for "Fill in the form:", whose following "Field = value" lines are fills.</param>
internal sealed record LineRead(IReadOnlyList<StepDraft> Steps, string? Error, string? Suggestion, bool OpensForm = false)
{
    public bool Success => Error is null;
}

internal static partial class StepGrammar
{
    /// <summary>
    /// Reads one line (without its number or bullet): an action step, or with <paramref name="expectation"/> an
    /// expected result. Compound lines give several steps; a line no rule reads gives an error and a suggestion.
    /// </summary>
    public static LineRead Read(string line, bool expectation)
    {
        var draft = expectation ? ReadExpectation(line) : ReadStep(line);
        return draft is null
            ? new LineRead([], $"cannot read the {(expectation ? "expected result" : "step")} '{line.Trim()}'", Suggestions.For(line, expectation))
            : new LineRead([draft], null, null);
    }

    private const string Val = """(?<value>"[^"]*"|'[^']*'|.+?)""";

    private static readonly (Regex Pattern, Func<Match, StepDraft?> Build)[] Actions =
    [
        (NavigateRule(), m => new StepDraft(StepAction.Navigate, Value: Unquote(m.Groups["url"].Value))),
        (EnterRule(), m => Element(StepAction.Fill, m.Groups["target"].Value, Unquote(m.Groups["value"].Value))),
        (FillRule(), m => Element(StepAction.Fill, m.Groups["target"].Value, Unquote(m.Groups["value"].Value))),
        (SetRule(), m => Element(StepAction.Fill, m.Groups["target"].Value, Unquote(m.Groups["value"].Value))),
        (PressButtonRule(), m => Element(StepAction.Click, m.Groups["target"].Value + " button", null)),
        (OpenLinkRule(), m => Element(StepAction.Click, m.Groups["target"].Value + " link", null)),
        (PressKeyRule(), m => PressKey(m)),
        (ClickRule(), m => Element(StepAction.Click, m.Groups["target"].Value, null)),
        (SelectRule(), m => Element(StepAction.Select, m.Groups["target"].Value, Unquote(m.Groups["value"].Value))),
        (CheckRule(), m => Element(
            m.Groups["verb"].Value.StartsWith("un", StringComparison.OrdinalIgnoreCase) ? StepAction.Uncheck : StepAction.Check,
            m.Groups["target"].Value,
            null)),
    ];

    private static readonly (Regex Pattern, Func<Match, StepDraft?> Build)[] Assertions =
    [
        (UrlRule(), m => new StepDraft(StepAction.AssertUrlContains, Value: Unquote(m.Groups["value"].Value))),
        (ValueRule(), m => Element(StepAction.AssertValue, m.Groups["target"].Value, Unquote(m.Groups["value"].Value))),
        (VisibleRule(), m => new StepDraft(StepAction.AssertTextVisible, Value: Unquote(m.Groups["value"].Value))),
        (ShowsRule(), m => new StepDraft(StepAction.AssertTextVisible, Value: Unquote(m.Groups["value"].Value))),
    ];

    /// <summary>Reads one step line (without its number).</summary>
    public static StepDraft? ReadStep(string line)
    {
        var text = Clean(line);
        var prefix = AssertionPrefix().Match(text);
        if (prefix.Success)
        {
            var assertion = Match(Assertions, text[prefix.Length..]);
            // "Check the Gift checkbox" starts like an assertion but is an action.
            if (assertion is not null || prefix.Groups["that"].Success)
            {
                return assertion;
            }
        }

        return Match(Actions, text) ?? Match(Assertions, text);
    }

    /// <summary>Reads one line under <c>Expected:</c>: an assertion, with or without "Verify".</summary>
    public static StepDraft? ReadExpectation(string line)
    {
        var text = Clean(line);
        var prefix = AssertionPrefix().Match(text);
        return Match(Assertions, prefix.Success ? text[prefix.Length..] : text);
    }

    private static StepDraft? Match((Regex Pattern, Func<Match, StepDraft?> Build)[] rules, string text)
    {
        foreach (var (pattern, build) in rules)
        {
            var match = pattern.Match(text);
            if (match.Success && build(match) is { } draft)
            {
                return draft;
            }
        }

        return null;
    }

    private static StepDraft? PressKey(Match m)
    {
        var key = KeyNames.Normalize(m.Groups["key"].Value);
        if (key is null)
        {
            return null;
        }

        return m.Groups["target"].Success
            ? Element(StepAction.Press, m.Groups["target"].Value, key)
            : new StepDraft(StepAction.Press, Value: key);
    }

    private static StepDraft Element(StepAction action, string rawTarget, string? value)
    {
        var target = TargetText.Parse(rawTarget);
        return new StepDraft(action, target.Name, value, Scope: target.Scope is null ? null : new StepScope(ScopeKind.Item, target.Scope), ElementKind: target.Kind);
    }

    private static string Clean(string line) => line.Trim().TrimEnd('.', ';').Trim();

    internal static string Unquote(string value)
    {
        var v = value.Trim();
        return v.Length >= 2 && (v[0] == '"' && v[^1] == '"' || v[0] == '\'' && v[^1] == '\'') ? v[1..^1] : v;
    }

    [GeneratedRegex("""^(?:verify|check|assert|ensure|confirm|expect)(?<that>\s+(?:that|if|whether))?\s+""", RegexOptions.IgnoreCase)]
    private static partial Regex AssertionPrefix();

    [GeneratedRegex("""^(?:go|navigate|browse)\s+to\s+(?:the\s+)?(?<url>"[^"]+"|\S+)$|^(?:open|visit)\s+(?<url>"[^"]+"|(?:https?://|/|\.\.?/)\S*|[\w\-./]+\.\w+\S*)$""", RegexOptions.IgnoreCase)]
    private static partial Regex NavigateRule();

    [GeneratedRegex($"""^(?:enter|type|input|write)\s+{Val}\s+(?:in|into|on)\s+(?<target>.+)$""", RegexOptions.IgnoreCase)]
    private static partial Regex EnterRule();

    [GeneratedRegex($"""^fill(?:\s+in|\s+out)?\s+(?<target>.+?)\s+with\s+{Val}$""", RegexOptions.IgnoreCase)]
    private static partial Regex FillRule();

    [GeneratedRegex($"""^set\s+(?<target>.+?)\s+to\s+{Val}$""", RegexOptions.IgnoreCase)]
    private static partial Regex SetRule();

    [GeneratedRegex("""^press\s+(?:on\s+)?(?:the\s+)?(?<target>.+?)\s+button(?<scope>\s+(?:for|in|within)\s+.+)?$""", RegexOptions.IgnoreCase)]
    private static partial Regex PressButtonRule();

    [GeneratedRegex("""^open\s+(?:the\s+)?(?<target>.+?)\s+link$""", RegexOptions.IgnoreCase)]
    private static partial Regex OpenLinkRule();

    [GeneratedRegex("""^(?:press|hit)\s+(?:the\s+)?(?<key>[A-Za-z0-9+]+)(?:\s+key)?(?:\s+(?:in|on)\s+(?<target>.+))?$""", RegexOptions.IgnoreCase)]
    private static partial Regex PressKeyRule();

    [GeneratedRegex("""^(?:click|tap)(?:\s+on)?\s+(?<target>.+)$""", RegexOptions.IgnoreCase)]
    private static partial Regex ClickRule();

    [GeneratedRegex($"""^(?:select|choose|pick)\s+{Val}\s+(?:from|in)\s+(?<target>.+)$""", RegexOptions.IgnoreCase)]
    private static partial Regex SelectRule();

    [GeneratedRegex("""^(?<verb>check|uncheck|tick|untick)\s+(?<target>.+)$""", RegexOptions.IgnoreCase)]
    private static partial Regex CheckRule();

    [GeneratedRegex($"""^(?:the\s+)?(?:page\s+|current\s+)?url\s+(?:contains|includes|should\s+contain|should\s+include)\s+{Val}$""", RegexOptions.IgnoreCase)]
    private static partial Regex UrlRule();

    [GeneratedRegex($"""^(?:the\s+)?(?<target>.+?)\s+(?:has\s+(?:the\s+)?value|value\s+is|should\s+have\s+(?:the\s+)?value|contains\s+the\s+value)\s+(?:of\s+)?{Val}$""", RegexOptions.IgnoreCase)]
    private static partial Regex ValueRule();

    [GeneratedRegex("""^(?:the\s+)?(?:text\s+|message\s+)?(?<value>"[^"]+"|'[^']+'|.+?)\s+(?:is|should\s+be|appears|is\s+now)\s+(?:visible|shown|displayed)(?:\s+on\s+the\s+page)?$""", RegexOptions.IgnoreCase)]
    private static partial Regex VisibleRule();

    [GeneratedRegex("""^(?:the\s+)?(?:page|screen)\s+(?:shows|displays|contains|should\s+show|should\s+display)\s+(?:the\s+)?(?:text\s+|message\s+)?(?<value>.+)$""", RegexOptions.IgnoreCase)]
    private static partial Regex ShowsRule();
}
