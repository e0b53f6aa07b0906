using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning;

/// <summary>States of controls (enabled, checked, hidden …) and things that appear or disappear.</summary>
internal static partial class StateFacts
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly FactRule[] StateRules = [new(StateRule(), State)];

    public static readonly FactRule[] PresenceRules =
    [
        new(AppearsRule(), m => FactParts.Presence(m.Groups["subject"].Value, visible: true)),
        new(DisappearsRule(), m => FactParts.Presence(m.Groups["subject"].Value, visible: false)),
    ];

    private static StepDraft[]? State(Match m)
    {
        var subject = Phrases.DropLocation(m.Groups["subject"].Value.Trim());
        var negated = m.Groups["not"].Success;
        var action = m.Groups["state"].Value.ToLowerInvariant() switch
        {
            "enabled" or "clickable" or "active" or "editable" or "available" => negated ? StepAction.AssertDisabled : StepAction.AssertEnabled,
            "disabled" or "greyed out" or "grayed out" or "inactive" or "read-only" or "readonly" => negated ? StepAction.AssertEnabled : StepAction.AssertDisabled,
            "checked" or "ticked" or "selected" or "on" or "switched on" or "toggled on" => negated ? StepAction.AssertUnchecked : StepAction.AssertChecked,
            "unchecked" or "unticked" or "unselected" or "deselected" or "off" or "switched off" or "toggled off" => negated ? StepAction.AssertChecked : StepAction.AssertUnchecked,
            "hidden" or "gone" or "removed" or "absent" or "invisible" or "closed" or "dismissed" or "missing" => negated ? StepAction.AssertVisible : StepAction.AssertHidden,
            _ => negated ? StepAction.AssertHidden : StepAction.AssertVisible,
        };
        if (action is StepAction.AssertVisible or StepAction.AssertHidden)
        {
            return FactParts.Presence(subject, action == StepAction.AssertVisible);
        }

        return FactParts.IsText(subject) ? null : [TargetText.Draft(action, subject, null)];
    }

    [GeneratedRegex("""^(?<subject>.+?)\s+(?:(?<not>should\s+not\s+be|shouldn't\s+be|must\s+not\s+be|is\s+not|are\s+not|isn't|aren't|is\s+no\s+longer|are\s+no\s+longer|no\s+longer|should\s+no\s+longer\s+be)|is|are|should\s+be|must\s+be|becomes|become|remains|remain|stays|stay|appears\s+to\s+be|gets|get)\s+(?:now\s+|still\s+)?(?<state>enabled|disabled|greyed\s+out|grayed\s+out|clickable|active|inactive|editable|read-only|readonly|available|checked|unchecked|ticked|unticked|selected|unselected|deselected|switched\s+on|switched\s+off|toggled\s+on|toggled\s+off|on|off|visible|displayed|shown|present|hidden|gone|removed|absent|invisible|closed|dismissed|missing|open|opened)$""", Options)]
    private static partial Regex StateRule();

    [GeneratedRegex("""^(?<subject>.+?)\s+(?:appears|appear|is\s+displayed|shows\s+up|pops\s+up|comes\s+up|exists|exist)$""", Options)]
    private static partial Regex AppearsRule();

    [GeneratedRegex("""^(?<subject>.+?)\s+(?:disappears|disappear|vanishes|goes\s+away|closes|has\s+disappeared|has\s+gone|has\s+been\s+removed|is\s+removed)$""", Options)]
    private static partial Regex DisappearsRule();
}
