using System.Text.RegularExpressions;
using static Pacts.Agents.Planning.Vocabulary;

namespace Pacts.Agents.Planning;

/// <summary>Where the user is: the address, the title, being taken to a page.</summary>
internal static partial class PlaceFacts
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly FactRule[] Rules =
    [
        new(UrlRule(), m => [new StepDraft(StepAction.AssertUrlContains, Value: Phrases.Unquote(m.Groups["value"].Value))]),
        new(RedirectRule(), m => Where(m.Groups["where"].Value)),
        new(OnPageRule(), m => Where(m.Groups["where"].Value)),
        new(PageOpensRule(), m => OnPage(m.Groups["name"].Value)),
        new(PageOpensWithRule(), m => OnPage(m.Groups["name"].Value) is { } page && FactGrammar.ReadOne("the page has " + m.Groups["rest"].Value) is { } more ? [.. page, .. more] : null),
        new(TitleRule(), m => [new StepDraft(StepAction.AssertTitleContains, Value: Phrases.Unquote(m.Groups["value"].Value))]),
    ];

    // "taken to /cart" is an address; "taken to the Orders page" names a page, checked by its address, title or heading.
    private static StepDraft[]? Where(string where)
    {
        var w = Phrases.Unquote(Phrases.DropArticle(where.Trim()));
        if (Address().IsMatch(w))
        {
            return [new StepDraft(StepAction.AssertUrlContains, Value: w)];
        }

        return OnPage(w);
    }

    private static StepDraft[]? OnPage(string written)
    {
        var name = Phrases.Unquote(PageSuffix().Replace(Phrases.DropArticle(written.Trim()), string.Empty).Trim());
        return name.Length == 0 || !Shapes.IsPlainName(name) && !Phrases.IsQuoted(written.Trim()) ? null : [new StepDraft(StepAction.AssertOnPage, Value: name)];
    }

    [GeneratedRegex($"""^(?:the\s+)?(?:page\s+|current\s+|browser\s+|browser's\s+)?(?:url|address|web\s+address|location)\s+(?:should\s+|must\s+|now\s+)?(?:contains?|includes?|has|is|equals|be|ends?\s+with|matches|changes\s+to|is\s+now|becomes|should\s+be)\s+{Val}$""", Options)]
    private static partial Regex UrlRule();

    [GeneratedRegex("""^(?:is\s+|am\s+|are\s+|gets?\s+|should\s+(?:be\s+)?|will\s+be\s+)?(?:redirected|taken|sent|navigated|brought|forwarded|returned|lands?|landed)\s+(?:back\s+)?(?:to|on)\s+(?<where>.+)$""", Options)]
    private static partial Regex RedirectRule();

    [GeneratedRegex("""^(?:(?:is|am|are|stays?|remains?|still|now|back|ends?\s+up|should\s+(?:be|stay|remain)|will\s+be)\s+)+(?:on|at)\s+(?<where>.+)$""", Options)]
    private static partial Regex OnPageRule();

    [GeneratedRegex("""^(?:the\s+)?(?<name>.+?\s+(?:page|screen|view|step))\s+(?:opens|is\s+opened|appears|is\s+shown|is\s+displayed|loads|is\s+loaded|comes\s+up|shows\s+up)$""", Options)]
    private static partial Regex PageOpensRule();

    [GeneratedRegex("""^(?:the\s+)?(?<name>.+?\s+(?:page|screen|view))\s+(?:opens|appears|is\s+shown|is\s+displayed|loads|comes\s+up)\s+with\s+(?<rest>.+)$""", Options)]
    private static partial Regex PageOpensWithRule();

    [GeneratedRegex("""^(?:https?://\S+|/\S*|\S+\.html?\S*|\S*/\S*)$""", Options)]
    private static partial Regex Address();

    [GeneratedRegex($"""^(?:the\s+)?(?:page\s+|tab\s+|browser\s+|window\s+|document\s+)?title\s+(?:should\s+|must\s+)?(?:contains?|includes?|is|equals|be|reads|says|should\s+be|shows)\s+{Val}$""", Options)]
    private static partial Regex TitleRule();

    [GeneratedRegex("""\s+(?:page|screen|view|url|tab|form)$""", Options)]
    private static partial Regex PageSuffix();
}
