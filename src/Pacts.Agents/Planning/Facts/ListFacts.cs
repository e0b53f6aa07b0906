using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning;

/// <summary>Lists: texts in order, and lists that hold only the given entries.</summary>
internal static partial class ListFacts
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly FactRule[] Rules =
    [
        new(InThatOrderRule(), m => Order(m.Groups["list"].Value)),
        new(BeforeRule(), m => Order(m.Groups["a"].Value + ", " + m.Groups["b"].Value)),
        new(OrderListRule(), m => Order(m.Groups["list"].Value)),
        new(OnlyItemsRule(), m => Items(m.Groups["list"].Value, m.Groups["subject"].Value)),
        new(OnlyListedRule(), m => Items(m.Groups["list"].Value, m.Groups["subject"].Value)),
    ];

    private static StepDraft[]? Order(string list)
    {
        var items = Phrases.SplitList(list).Select(Phrases.Unquote).ToList();
        return items.Count < 2 ? null : [new StepDraft(StepAction.AssertTextsInOrder, Values: items)];
    }

    private static StepDraft[]? Items(string list, string subject)
    {
        var items = Phrases.SplitList(Phrases.DropLocation(list)).Select(Phrases.Unquote).Where(i => i.Length > 0).ToList();
        if (items.Count == 0)
        {
            return null;
        }

        var name = TargetText.Parse(subject.Length == 0 ? "list" : subject).Name;
        var scope = GenericList().IsMatch(name) ? null : new StepScope(ScopeKind.Section, name);
        return [new StepDraft(StepAction.AssertItems, Values: items, Scope: scope)];
    }

    [GeneratedRegex("""^(?<list>.+?)\s+(?:appear|are\s+(?:shown|listed|displayed|sorted|ordered)|show|come)\s+in\s+(?:that|this|the\s+given|the\s+same)\s+order$""", Options)]
    private static partial Regex InThatOrderRule();

    [GeneratedRegex("""^(?<a>.+?)\s+(?:appears|is\s+(?:shown|listed|displayed)|comes)\s+(?:before|above|ahead\s+of)\s+(?<b>.+)$""", Options)]
    private static partial Regex BeforeRule();

    [GeneratedRegex("""^(?:the\s+)?(?:.+?)\s+(?:are|is|should\s+be)\s+(?:listed|shown|displayed|sorted|ordered)\s+in\s+(?:the\s+|this\s+)?order\s*:?\s*(?<list>.+)$""", Options)]
    private static partial Regex OrderListRule();

    [GeneratedRegex("""^(?:the\s+)?(?<subject>.+?)\s+(?:holds|contains|lists|shows|has|includes|displays|should\s+(?:hold|contain|list|show|have|include|display))\s+(?:only|exactly|just)\s+(?<list>.+)$""", Options)]
    private static partial Regex OnlyItemsRule();

    [GeneratedRegex("""^(?:only|exactly)\s+(?<list>.+?)\s+(?:are|is|remain|remains)\s+(?:listed|shown|displayed|visible|present|left|in\s+(?:the\s+)?(?<subject>.+))$""", Options)]
    private static partial Regex OnlyListedRule();

    [GeneratedRegex("""^(?:list|items?|results?|entries|rows|table|grid)$""", Options)]
    private static partial Regex GenericList();
}
