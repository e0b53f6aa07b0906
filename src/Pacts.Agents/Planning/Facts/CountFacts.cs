using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning;

/// <summary>Counts: "there are 3 items in the cart", "3 Remove links are shown", "the cart has 2 items".</summary>
internal static partial class CountFacts
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly FactRule[] Rules =
    [
        new(ThereAreRule(), Build),
        new(CountShownRule(), Build),
        new(HasCountRule(), Build),
    ];

    private static StepDraft[]? Build(Match m) => Count(m.Groups["n"].Value, m.Groups["target"].Value, m.Groups["where"].Value);

    private static StepDraft[]? Count(string written, string rawTarget, string where)
    {
        var n = Vocabulary.Digits(written) ?? written.Trim();
        if (!FactParts.IsNumeric(n))
        {
            return null;
        }

        var target = TargetText.Parse(rawTarget);
        var scope = target.Scope;
        var w = SectionWord().Replace(Phrases.DropArticle(Phrases.DropLocation(where.Trim())), string.Empty).Trim();
        if (w.Length > 0)
        {
            scope ??= new StepScope(ScopeKind.Section, Phrases.Unquote(w));
        }

        var name = target.Name;
        return name.Length == 0 ? null : [new StepDraft(StepAction.AssertCount, name, n, null, scope, target.Kind, null)];
    }

    [GeneratedRegex("""^there\s+(?:are|is|should\s+be|must\s+be)\s+(?:exactly\s+|now\s+)?(?<n>\d+|no|zero|one|a\s+single|two|three|four|five|six|seven|eight|nine|ten)\s+(?<target>.+?)(?:\s+(?:in|on|within|inside)\s+(?:the\s+)?(?<where>.+))?$""", Options)]
    private static partial Regex ThereAreRule();

    [GeneratedRegex("""^(?:exactly\s+)?(?<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?<target>.+?)\s+(?:are|is|should\s+be)\s+(?:shown|listed|displayed|visible|present)(?:\s+(?:in|on|within)\s+(?:the\s+)?(?<where>.+))?$""", Options)]
    private static partial Regex CountShownRule();

    [GeneratedRegex("""^(?:the\s+)?(?<where>.+?)\s+(?:has|contains|shows|lists|holds|displays|should\s+(?:have|contain|show|list|hold|display))\s+(?:exactly\s+)?(?<n>\d+|no|zero|one|a\s+single|two|three|four|five|six|seven|eight|nine|ten)\s+(?<target>[^\d"'].*)$""", Options)]
    private static partial Regex HasCountRule();

    [GeneratedRegex("""\s+(?:section|form|panel|area|region|block|pane)$""", Options)]
    private static partial Regex SectionWord();
}
