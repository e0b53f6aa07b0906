using System.Globalization;
using System.Text.RegularExpressions;
using static Pacts.Agents.Planning.Vocabulary;

namespace Pacts.Agents.Planning;

/// <summary>Moving between pages and waiting: back, reload, go to an address, wait for a time or a text.</summary>
internal static partial class NavigationSteps
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly StepRule[] Rules =
    [
        new(GoBackRule(), _ => [new StepDraft(StepAction.GoBack)]),
        new(ReloadRule(), _ => [new StepDraft(StepAction.Reload)]),
        new(NavigateRule(), m => Url(m.Groups["url"].Value) is { } url ? [new StepDraft(StepAction.Navigate, Value: url)] : null),
        new(OpenPageRule(), m => Shapes.IsPlainName(m.Groups["name"].Value) ? [new StepDraft(StepAction.OpenPage, Phrases.Unquote(m.Groups["name"].Value.Trim()))] : null),
        new(WaitTimeRule(), m => [new StepDraft(StepAction.Wait, Value: Milliseconds(m.Groups["n"].Value, m.Groups["unit"].Value))]),
        new(WaitGoneRule(), m => [new StepDraft(StepAction.WaitForGone, Value: Subject(m.Groups["value"].Value))]),
        new(WaitForRule(), m => [new StepDraft(StepAction.WaitFor, Value: Subject(m.Groups["value"].Value))]),
    ];

    private static string Subject(string text) => Phrases.Unquote(Phrases.DropLocation(Phrases.DropArticle(text.Trim())));

    private static string? Url(string written)
    {
        var url = Phrases.Unquote(written.Trim());
        return UrlLike().IsMatch(url) ? url : null;
    }

    private static string Milliseconds(string number, string unit)
    {
        var n = double.Parse(number, CultureInfo.InvariantCulture);
        var factor = unit.ToLowerInvariant() switch
        {
            "ms" or "millisecond" or "milliseconds" or "msec" or "msecs" => 1,
            "minute" or "minutes" or "min" or "mins" => 60_000,
            _ => 1_000,
        };
        return ((long)Math.Round(n * factor)).ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("""^(?:(?:go|navigate|move)\s+back(?:\s+(?:to\s+the\s+previous\s+page|one\s+page|in\s+(?:the\s+)?(?:browser|history)))?|(?:click|press|hit|use|tap)\s+(?:on\s+)?the\s+browser(?:'s)?\s+back(?:\s+button)?|(?:return|go)\s+to\s+the\s+previous\s+page)$""", Options)]
    private static partial Regex GoBackRule();

    [GeneratedRegex("""^(?:reload|refresh)(?:\s+(?:the\s+)?(?:current\s+)?(?:page|browser|browser\s+page|screen|window))?(?:\s+(?:with|using|by\s+pressing)\s+(?:f5|ctrl\s*\+\s*r|cmd\s*\+\s*r|the\s+browser(?:'s)?\s+reload\s+button))?$""", Options)]
    private static partial Regex ReloadRule();

    [GeneratedRegex("""^(?:(?:go|navigate|browse|head|point\s+the\s+browser)\s+(?:straight\s+|directly\s+)?to|open|visit|load|launch)\s+(?:the\s+)?(?:url\s+|page\s+|address\s+|path\s+)?(?<url>"[^"]+"|'[^']+'|\S+)(?:\s+(?:page|url))?$""", Options)]
    private static partial Regex NavigateRule();

    // "Go to the sign-in page", "Open the Users page": a page named, not an address.
    [GeneratedRegex("""^(?:(?:go|navigate|head|browse|return|move)\s+(?:back\s+)?to|open|visit)\s+(?:the\s+)?(?<name>[^/]+?)\s+(?:page|screen)$""", Options)]
    private static partial Regex OpenPageRule();

    [GeneratedRegex("""^(?:https?://\S+|www\.\S+|/\S*|\.{1,2}/\S*|\{\{[\w:.-]+\}\}\S*|[\w\-]+(?:/[\w\-.]*)*\.[a-z]{2,5}(?:[/?#]\S*)?|[\w\-]+/[\w\-./?=&#]*)$""", Options)]
    private static partial Regex UrlLike();

    [GeneratedRegex("""^(?:(?:wait|pause|sleep)\s+(?:for\s+)?|(?:watch|observe)\s+(?:the\s+)?[\w\s-]{1,40}?\s+for\s+)(?:about\s+|around\s+|approximately\s+|approx\.?\s+|~\s*)?(?<n>\d+(?:\.\d+)?)\s*(?<unit>seconds?|secs?|s|milliseconds?|msecs?|ms|minutes?|mins?)$""", Options)]
    private static partial Regex WaitTimeRule();

    [GeneratedRegex($"""^wait\s+(?:for|until)\s+{Val}\s+(?:to\s+(?:disappear|vanish|go\s+away|close|be\s+(?:hidden|gone|removed|closed|dismissed))|disappears|vanishes|goes\s+away|(?:is|has)\s+(?:gone|hidden|removed|closed|disappeared|no\s+longer\s+(?:visible|shown|displayed)|not\s+(?:visible|shown|displayed)))$""", Options)]
    private static partial Regex WaitGoneRule();

    [GeneratedRegex($"""^wait\s+(?:for|until)\s+{Val}(?:\s+(?:to\s+(?:appear|load|show\s+up|be\s+(?:visible|shown|displayed|present))|appears|loads|shows\s+up|is\s+(?:visible|shown|displayed|present|loaded)))?$""", Options)]
    private static partial Regex WaitForRule();
}

/// <summary>One phrasing of an action step: the pattern of the whole step, and the steps it gives (null: not this phrasing).</summary>
internal readonly record struct StepRule(Regex Pattern, Func<Match, StepDraft[]?> Build);
