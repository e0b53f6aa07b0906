using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning;

/// <summary>Keys and the pointer: press a key, click, double-click, hover, scroll, follow a link, toggle a control.</summary>
internal static partial class PointerSteps
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly StepRule[] Rules =
    [
        new(PressKeyRule(), PressKey),
        new(DoubleClickRule(), m => [TargetText.Draft(StepAction.DoubleClick, Phrases.DropPurpose(m.Groups["target"].Value), null)]),
        new(HoverRule(), m => [TargetText.Draft(StepAction.Hover, m.Groups["target"].Value, null)]),
        new(ScrollRule(), m => [TargetText.Draft(StepAction.ScrollTo, m.Groups["target"].Value, null)]),
        new(PressButtonRule(), m => [Click(m.Groups["target"].Value, "button")]),
        new(OpenLinkRule(), m => [Click(m.Groups["target"].Value, m.Groups["kind"].Value)]),
        new(FollowRule(), m => [Click(m.Groups["target"].Value, "link")]),
        new(MarkDoneRule(), m => [TargetText.Draft(m.Groups["undone"].Success ? StepAction.Uncheck : StepAction.Check, m.Groups["target"].Value, null)]),
        new(CheckRule(), Toggle),
        new(ClickRule(), m => [Click(m.Groups["target"].Value, null)]),
    ];

    /// <summary>"Check" alone, which is neither a toggle nor the start of a fact.</summary>
    public static bool IsBareCheck(string prefix) => BareCheck().IsMatch(prefix);

    private static StepDraft Click(string rawTarget, string? kind)
    {
        var step = TargetText.Draft(StepAction.Click, Phrases.DropPurpose(rawTarget), null);
        return kind is { Length: > 0 } && step.ElementKind is null ? step with { ElementKind = kind.ToLowerInvariant() } : step;
    }

    private static StepDraft[]? Toggle(Match m)
    {
        var verb = m.Groups["verb"].Value.ToLowerInvariant();
        var written = m.Groups["target"].Value;
        if (verb == "check" && TargetText.Parse(written).Kind is not ("checkbox" or "radio") && Inspected().IsMatch(written) || verb == "check" && SwitchWord().IsMatch(written))
        {
            // "Check the message", "Check page: heading, fields": to look at something, not to tick it.
            return null;
        }

        var off = verb.StartsWith("un", StringComparison.Ordinal) || verb is "disable" || verb.StartsWith("turn off", StringComparison.Ordinal) || verb.StartsWith("switch off", StringComparison.Ordinal);
        return [TargetText.Draft(off ? StepAction.Uncheck : StepAction.Check, m.Groups["target"].Value, null)];
    }

    private static StepDraft[]? PressKey(Match m)
    {
        var key = KeyNames.Normalize(m.Groups["key"].Value);
        if (key is null)
        {
            return null;
        }

        return m.Groups["target"].Success
            ? [TargetText.Draft(StepAction.Press, m.Groups["target"].Value, key)]
            : [new StepDraft(StepAction.Press, Value: key)];
    }

    [GeneratedRegex("""^(?:press|hit|strike|tap)\s+(?:the\s+)?(?<key>[A-Za-z0-9]+(?:\s*\+\s*[A-Za-z0-9]+)*)(?:\s+key)?(?:\s+(?:in|on|inside|while\s+in)\s+(?<target>.+))?$""", Options)]
    private static partial Regex PressKeyRule();

    [GeneratedRegex("""^double[\s-]?click(?:\s+on)?\s+(?<target>.+)$""", Options)]
    private static partial Regex DoubleClickRule();

    [GeneratedRegex("""^(?:hover|mouse\s*over|move\s+(?:the\s+)?(?:mouse|cursor|pointer)\s+(?:over|to|onto|on))\s+(?:over\s+|on\s+|onto\s+|above\s+)?(?<target>.+)$""", Options)]
    private static partial Regex HoverRule();

    [GeneratedRegex("""^scroll\s+(?:down\s+|up\s+)?(?:to|until|towards)\s+(?<target>.+?)(?:\s+(?:is|becomes)\s+visible)?$|^scroll\s+(?<target>.+?)\s+into\s+view$""", Options)]
    private static partial Regex ScrollRule();

    [GeneratedRegex("""^(?:press|push|hit)\s+(?:on\s+)?(?:the\s+)?(?<target>.+?)\s+button\b(?<rest>.*)$""", Options)]
    private static partial Regex PressButtonRule();

    [GeneratedRegex("""^(?:open|select|choose|switch\s+to|go\s+to)\s+(?:the\s+)?(?<target>.+?)\s+(?<kind>link|tab|menu\s+item|menu)(?:\s+.+)?$""", Options)]
    private static partial Regex OpenLinkRule();

    [GeneratedRegex("""^follow\s+(?:the\s+)?(?<target>.+?)(?:\s+link)?$""", Options)]
    private static partial Regex FollowRule();

    [GeneratedRegex("""^(?<verb>check|uncheck|tick|untick|mark|unmark|enable|disable|turn\s+on|turn\s+off|switch\s+on|switch\s+off|toggle\s+on|toggle\s+off)\s+(?<target>.+)$""", Options)]
    private static partial Regex CheckRule();

    [GeneratedRegex("""^(?:click|tap|press|push|hit|select|choose|pick|submit|activate|single[\s-]click)(?:\s+on|\s+onto)?\s+(?<target>.+)$""", Options)]
    private static partial Regex ClickRule();

    [GeneratedRegex("""(?:^|\s)(?:page|message|messages|heading|fields?|links?|buttons?|button\s+state|state|count|counts|bar|area|table|filters?|header|stepper|badge|total|totals|list|text|title|errors?|layout|icon|summary|results?|url|address|dialog|popup|toast|form|value|values|prices?|labels?|placeholders?|options?)(?:\s+(?:top|bottom|left|right|above|below)\b.*)?$|:""", Options)]
    private static partial Regex Inspected();

    // "Mark "Water plants" as done": the task's own box.
    [GeneratedRegex("""^(?:mark|set)\s+(?<target>.+?)\s+as\s+(?:(?<undone>not\s+done|undone|incomplete|not\s+completed|active|open)|done|complete|completed|finished)$""", Options)]
    private static partial Regex MarkDoneRule();

    // "Check the Two-step switch": to look at it or to turn it on; a switch is turned on, a box is checked.
    [GeneratedRegex("""\s(?:switch|toggle)$""", Options)]
    private static partial Regex SwitchWord();

    [GeneratedRegex("""^check\s*$""", Options)]
    private static partial Regex BareCheck();
}
