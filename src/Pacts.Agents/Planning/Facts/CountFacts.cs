using System.Text.RegularExpressions;
using static Pacts.Agents.Planning.Vocabulary;

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

    private const string Compare = """(?:(?<cmp>at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|no\s+more\s+than|no\s+fewer\s+than|not\s+more\s+than|over|under|exactly|only|just)\s+)?""";

    private static StepDraft[]? Build(Match m) => Count(m.Groups["cmp"].Value, m.Groups["n"].Value, m.Groups["target"].Value, m.Groups["where"].Value);

    private static StepDraft[]? Count(string comparison, string written, string rawTarget, string where)
    {
        var digits = Vocabulary.Digits(written);
        if (digits is null)
        {
            return null;
        }

        var n = Regex.Replace(comparison.ToLowerInvariant(), @"\s+", " ") switch
        {
            "at least" or "no fewer than" => ">=" + digits,
            "at most" or "no more than" or "not more than" => "<=" + digits,
            "more than" or "over" => ">" + digits,
            "fewer than" or "less than" or "under" => "<" + digits,
            _ => digits,
        };

        var target = TargetText.Parse(rawTarget);
        var scope = target.Scope;
        var w = SectionWord().Replace(Phrases.DropArticle(Phrases.DropLocation(where.Trim())), string.Empty).Trim();
        if (w.Length > 0 && !FactParts.IsPageLike(w))
        {
            scope ??= new StepScope(ScopeKind.Section, Phrases.Unquote(w));
        }

        var name = target.Name;
        return name.Length == 0 ? null : [new StepDraft(StepAction.AssertCount, name, n, null, scope, target.Kind, null)];
    }

    [GeneratedRegex($"""^there\s+(?:are|is|should\s+be|must\s+be)\s+(?:now\s+|still\s+)?{Compare}(?<n>{Number})\s+(?<target>.+?)(?:\s+(?:in|on|within|inside)\s+(?:the\s+)?(?<where>.+))?$""", Options)]
    private static partial Regex ThereAreRule();

    [GeneratedRegex($"""^(?:all\s+)?{Compare}(?<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<target>.+?)\s+(?:are|is|should\s+be|remain|remains|are\s+still|is\s+still)\s+(?:shown|listed|displayed|visible|present|left|remaining|found)(?:\s+(?:in|on|within)\s+(?:the\s+)?(?<where>.+))?$|^(?:all\s+)?{Compare}(?<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<target>.+?)\s+(?:remain|are\s+left|left)$""", Options)]
    private static partial Regex CountShownRule();

    [GeneratedRegex($"""^(?:the\s+)?(?<where>.+?)\s+(?:now\s+|still\s+)?{HoldVerb}\s+{Compare}(?<n>{Number})\s+(?<target>[^\d"'].*)$""", Options)]
    private static partial Regex HasCountRule();

    [GeneratedRegex("""\s+(?:section|form|panel|area|region|block|pane)$""", Options)]
    private static partial Regex SectionWord();
}
