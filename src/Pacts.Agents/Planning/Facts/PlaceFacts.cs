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
        new(RedirectRule(), m => [new StepDraft(StepAction.AssertUrlContains, Value: Destination(m.Groups["where"].Value))]),
        new(TitleRule(), m => [new StepDraft(StepAction.AssertTitleContains, Value: Phrases.Unquote(m.Groups["value"].Value))]),
    ];

    private static string Destination(string where)
    {
        var w = Phrases.Unquote(Phrases.DropArticle(where.Trim()));
        w = PageSuffix().Replace(w, string.Empty).Trim();
        return w.Contains('/', StringComparison.Ordinal) || w.Contains('.', StringComparison.Ordinal)
            ? w
            : string.Join('-', w.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex($"""^(?:the\s+)?(?:page\s+|current\s+|browser\s+|browser's\s+)?(?:url|address|web\s+address|location)\s+(?:should\s+|must\s+|now\s+)?(?:contains?|includes?|has|is|equals|be|ends?\s+with|matches|changes\s+to|is\s+now|becomes|should\s+be)\s+{Val}$""", Options)]
    private static partial Regex UrlRule();

    [GeneratedRegex("""^(?:is\s+|am\s+|are\s+|gets?\s+|should\s+(?:be\s+)?|will\s+be\s+)?(?:redirected|taken|sent|navigated|brought|forwarded|returned|lands?|landed)\s+(?:back\s+)?(?:to|on)\s+(?<where>.+)$""", Options)]
    private static partial Regex RedirectRule();

    [GeneratedRegex($"""^(?:the\s+)?(?:page\s+|tab\s+|browser\s+|window\s+|document\s+)?title\s+(?:should\s+|must\s+)?(?:contains?|includes?|is|equals|be|reads|says|should\s+be|shows)\s+{Val}$""", Options)]
    private static partial Regex TitleRule();

    [GeneratedRegex("""\s+(?:page|screen|view|url)$""", Options)]
    private static partial Regex PageSuffix();
}
