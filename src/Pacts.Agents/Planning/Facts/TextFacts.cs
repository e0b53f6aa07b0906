using System.Text.RegularExpressions;
using static Pacts.Agents.Planning.Vocabulary;

namespace Pacts.Agents.Planning;

/// <summary>Texts: "I see X", "the page shows X", "the cart shows 2", and their negations.</summary>
internal static partial class TextFacts
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly FactRule[] Rules =
    [
        new(NotSeeRule(), m => FactParts.Texts(StepAction.AssertTextHidden, m.Groups["value"].Value)),
        new(SeeRule(), m => FactParts.Texts(StepAction.AssertTextVisible, m.Groups["value"].Value)),
        new(NotShowsRule(), m => Shows(m.Groups["subject"].Value, m.Groups["value"].Value, negated: true)),
        new(ShowsRule(), m => Shows(m.Groups["subject"].Value, m.Groups["value"].Value, negated: false)),
    ];

    private static StepDraft[]? Shows(string subject, string value, bool negated)
    {
        var s = Phrases.DropLocation(subject.Trim());
        var action = negated ? StepAction.AssertTextHidden : StepAction.AssertTextVisible;
        if (FactParts.IsPageLike(s))
        {
            return FactParts.Texts(action, value);
        }

        var v = Phrases.Unquote(Phrases.DropLocation(value.Trim()));
        if (!negated && FactParts.IsNumeric(v))
        {
            return [TargetText.Draft(StepAction.AssertText, s, v)];
        }

        // "the cart shows Blue Mug": the text, looked for in the section the subject names.
        var target = TargetText.Parse(s);
        var texts = FactParts.Texts(action, value);
        return texts?.Select(t => t.Scope is null ? t with { Scope = new StepScope(ScopeKind.Section, target.Name) } : t).ToArray();
    }

    [GeneratedRegex($"""^(?:should\s+not|shouldn't|cannot|can\s*not|can't|do\s+not|does\s+not|don't|doesn't|no\s+longer)\s+see\s+{Val}$""", Options)]
    private static partial Regex NotSeeRule();

    [GeneratedRegex($"""^(?:should\s+|can\s+|will\s+|now\s+)?(?:see|sees)\s+{Val}$""", Options)]
    private static partial Regex SeeRule();

    [GeneratedRegex($"""^(?<subject>.+?)\s+(?:does\s+not|doesn't|should\s+not|shouldn't|must\s+not|no\s+longer)\s+(?:show|display|contain|include|list|say)s?\s+(?:the\s+)?(?:text\s+|message\s+)?{Val}$""", Options)]
    private static partial Regex NotShowsRule();

    [GeneratedRegex($"""^(?<subject>.+?)\s+(?:now\s+)?(?:{ShowVerb}|should\s+{ShowVerbBase})\s+(?:the\s+)?(?:text\s+|message\s+)?{Val}$""", Options)]
    private static partial Regex ShowsRule();
}
