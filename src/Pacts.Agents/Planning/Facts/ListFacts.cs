using System.Text.RegularExpressions;
using static Pacts.Agents.Planning.Vocabulary;

namespace Pacts.Agents.Planning;

/// <summary>
/// Lists: texts in order, lists that hold only the given entries, lists sorted by a field, the Nth entry of a list,
/// and a control every entry has.
/// </summary>
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
        new(MemberRule(), m => FactParts.Texts(StepAction.AssertTextVisible, m.Groups["value"].Value)),
        new(SortedRule(), Sorted),
        new(GoesUpRule(), m => Sort(m.Groups["field"].Value, m.Groups["dir"].Value)),
        new(NthRule(), Nth),
        new(EachRule(), Each),
    ];

    private static StepDraft[]? Sorted(Match m) =>
        Sort(m.Groups["field"].Success ? m.Groups["field"].Value : m.Groups["list"].Value, m.Groups["dir"].Value);

    private static StepDraft[]? Sort(string field, string direction)
    {
        var d = Regex.Replace(direction.ToLowerInvariant(), @"[\s\-–>]+", " ").Trim();
        string? order = d switch
        {
            "ascending" or "increasing" or "alphabetical" or "alphabetically" or "a to z" or "a z" or "low to high" or "lowest to highest"
                or "cheapest first" or "lowest first" or "oldest first" or "up" or "smallest first" or "earliest first" => "ascending",
            "descending" or "decreasing" or "reverse alphabetical" or "z to a" or "z a" or "high to low" or "highest to lowest"
                or "most expensive first" or "highest first" or "newest first" or "down" or "largest first" or "latest first" => "descending",
            _ => null,
        };
        var name = Singular(Phrases.Unquote(Phrases.DropArticle(Phrases.DropLocation(field.Trim()))));
        return order is null || name.Length == 0 || !Shapes.IsPlainName(name) ? null : [new StepDraft(StepAction.AssertSorted, name, order)];
    }

    private static StepDraft[]? Nth(Match m)
    {
        var noun = m.Groups["noun"].Value.Trim();
        var target = TargetText.Parse(noun);
        if (target.Kind is not null || NameWords().IsMatch(noun))
        {
            return null;
        }

        return [new StepDraft(StepAction.AssertNth, noun, Phrases.Unquote(m.Groups["value"].Value), Ordinal: TargetText.ParseOrdinal(m.Groups["n"].Value))];
    }

    private static StepDraft[]? Each(Match m)
    {
        var written = m.Groups["target"].Value.Trim();
        var target = TargetText.Parse(written);
        // "every order has a Track button" names a control; "each card shows an airline logo" only describes one.
        var described = Phrases.IsQuoted(written) || target.Kind is not null || !m.Groups["article"].Success;
        var item = m.Groups["all"].Success ? Singular(m.Groups["item"].Value.Trim()) : m.Groups["item"].Value.Trim();
        return described && target.Name.Length > 0 && target.Scope is null
            ? [new StepDraft(StepAction.AssertEach, target.Name, item, ElementKind: target.Kind)]
            : null;
    }

    private static string Singular(string noun) =>
        noun.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? noun[..^3] + "y"
        : noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.OrdinalIgnoreCase) ? noun[..^1] : noun;

    private static StepDraft[]? Order(string list)
    {
        var items = Phrases.SplitList(list).Select(Phrases.Unquote).ToList();
        return items.Count < 2 ? null : [new StepDraft(StepAction.AssertTextsInOrder, Values: items)];
    }

    private static StepDraft[]? Items(string list, string subject)
    {
        var items = Phrases.SplitList(Phrases.DropLocation(list)).Select(Phrases.Unquote).Where(i => i.Length > 0).ToList();
        // "only 2 tasks are left" is a count, not a list holding the entry "2 tasks".
        if (items.Count == 0 || items.Count == 1 && Vocabulary.Digits(items[0].Split(' ')[0]) is not null)
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

    // "one of them "#1042"", "including Blue Mug", ""Blue Mug" is among them": one entry the list holds.
    [GeneratedRegex("""^(?:one\s+of\s+(?:them|which)\s+(?:is\s+|being\s+)?|including\s+|among\s+them\s+|such\s+as\s+)(?<value>.+)$|^(?<value>.+?)\s+(?:is|are)\s+(?:among\s+them|one\s+of\s+them|in\s+the\s+list|included)$""", Options)]
    private static partial Regex MemberRule();

    private const string Direction = """(?<dir>ascending|descending|increasing|decreasing|alphabetical(?:ly)?|reverse\s+alphabetical|a\s*(?:-|to|–|->)\s*z|z\s*(?:-|to|–|->)\s*a|low(?:est)?\s*(?:to|-|–|->)\s*high(?:est)?|high(?:est)?\s*(?:to|-|–|->)\s*low(?:est)?|(?:cheapest|most\s+expensive|newest|oldest|lowest|highest|smallest|largest|earliest|latest)\s+first)""";

    [GeneratedRegex($"""^(?:the\s+)?(?<list>.+?)\s+(?:are|is|should\s+be|appear|remain|stay|are\s+now|are\s+still)\s+(?:sorted|ordered|listed|shown|arranged)(?:\s+by\s+(?<field>.+?))?[,]?\s+(?:in\s+|from\s+)?{Direction}(?:\s+order)?$|^(?:the\s+)?(?<list>.+?)\s+(?:are|is|should\s+be|are\s+now)\s+(?:sorted|ordered|listed)\s+by\s+(?<field>.+?)\s+\(?{Direction}\)?$""", Options)]
    private static partial Regex SortedRule();

    [GeneratedRegex("""^(?:the\s+)?(?<field>.+?)\s+(?:go|goes|run|runs|increase|increases|rise|rises)\s+(?<dir>up|down)(?:\s+from\s+top\s+to\s+bottom|\s+down\s+the\s+(?:list|page))?$""", Options)]
    private static partial Regex GoesUpRule();

    [GeneratedRegex($"""^(?:the\s+)?(?<n>first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\s+(?<noun>[\w-]+(?:\s+[\w-]+)?)\s+(?:in\s+the\s+list\s+)?(?:is|shows|reads|says|should\s+be|should\s+show|contains)\s+{Val}$""", Options)]
    private static partial Regex NthRule();

    [GeneratedRegex("""^(?:(?:each|every)\s+(?<item>[\w-]+(?:\s+[\w-]+)?)|(?<all>all)\s+(?:the\s+)?(?<item>[\w-]+(?:\s+[\w-]+)?))\s+(?:has|have|shows?|contains?|includes?|displays?|comes\s+with|come\s+with|should\s+have)\s+(?<article>(?:a|an|its\s+own|their\s+own|the|one)\s+)?(?<target>.+)$""", Options)]
    private static partial Regex EachRule();

    [GeneratedRegex("""^(?:names?|initials?)\b""", Options)]
    private static partial Regex NameWords();

    [GeneratedRegex("""^(?:list|items?|results?|entries|rows|table|grid)$""", Options)]
    private static partial Regex GenericList();
}
