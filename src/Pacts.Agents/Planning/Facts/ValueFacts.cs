using System.Text.RegularExpressions;
using static Pacts.Agents.Planning.Vocabulary;

namespace Pacts.Agents.Planning;

/// <summary>Values: a field's value, a dropdown's choice, a number an element shows.</summary>
internal static partial class ValueFacts
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly FactRule[] Rules =
    [
        new(ValueOfRule(), m => [TargetText.Draft(StepAction.AssertValue, m.Groups["target"].Value, Value(m))]),
        new(NumberIsRule(), m => FactParts.IsPageLike(m.Groups["subject"].Value) ? null : [TargetText.Draft(StepAction.AssertText, m.Groups["subject"].Value, Value(m))]),
        new(SelectedInRule(), m => [TargetText.Draft(StepAction.AssertSelected, m.Groups["target"].Value, Value(m), "dropdown")]),
        new(DropdownShowsRule(), m => [TargetText.Draft(StepAction.AssertSelected, m.Groups["target"].Value, Value(m), "dropdown")]),
        new(FieldValueRule(), m => [TargetText.Draft(StepAction.AssertValue, m.Groups["target"].Value, Value(m), "field")]),
        new(FieldEmptyRule(), m => [TargetText.Draft(StepAction.AssertValue, m.Groups["target"].Value, string.Empty, "field")]),
    ];

    private static string Value(Match m) => Phrases.Unquote(m.Groups["value"].Value);

    [GeneratedRegex($"""^(?:the\s+)?value\s+(?:of|in)\s+(?<target>.+?)\s+(?:is|should\s+be|equals|must\s+be)\s+{Val}$""", Options)]
    private static partial Regex ValueOfRule();

    [GeneratedRegex($"""^{Val}\s+is\s+(?:the\s+)?(?:selected|chosen)(?:\s+option)?\s+(?:in|from|for)\s+(?<target>.+)$""", Options)]
    private static partial Regex SelectedInRule();

    [GeneratedRegex($"""^(?:the\s+)?(?<target>.+?\s+(?:dropdown|drop-down|select|select\s+box|combo\s+box|combobox|dropdown\s+list))\s+(?:shows|has|displays|is\s+set\s+to|should\s+(?:show|be|have|display)|is|reads|equals)\s+{Val}(?:\s+selected)?$""", Options)]
    private static partial Regex DropdownShowsRule();

    [GeneratedRegex($"""^(?:the\s+)?(?<target>.+?\s+(?:field|box|input|textbox|text\s+field|text\s+box|textarea|text\s+area))\s+(?:has|contains|shows|displays|reads|equals|is|should\s+(?:contain|have|show|be|display|equal|read)|must\s+(?:contain|have|be))\s+(?:the\s+)?(?:value\s+|text\s+)?(?:of\s+)?{Val}$|^(?:the\s+)?(?<target>.+?)\s+(?:has|should\s+have|must\s+have)\s+(?:the\s+)?value\s+(?:of\s+)?{Val}$|^(?:the\s+)?(?<target>.+?)\s+value\s+(?:is|should\s+be|equals)\s+{Val}$""", Options)]
    private static partial Regex FieldValueRule();

    [GeneratedRegex("""^(?:the\s+)?(?<target>.+?)\s+(?:is|should\s+be|remains|stays)\s+(?:empty|blank|cleared)$""", Options)]
    private static partial Regex FieldEmptyRule();

    [GeneratedRegex($"""^(?:the\s+)?(?<subject>.+?)\s+(?:is|equals|reads|says|should\s+(?:be|read|say|equal)|must\s+be)\s+(?<value>[-+]?\$?\d[\d,.]*%?|"[-+]?\$?\d[\d,.]*%?")$""", Options)]
    private static partial Regex NumberIsRule();
}
