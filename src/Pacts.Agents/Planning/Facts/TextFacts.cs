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
        new(MentionRule(), Mention),
    ];

    // 'Red error "No account found"', 'Toast "Saved" shown', 'Button "Continue"': a quoted text or control, named by
    // what it is; the describing words only say where or how it looks.
    private static StepDraft[]? Mention(Match m)
    {
        var noun = m.Groups["noun"].Value.Trim();
        var quoted = Phrases.Unquote(m.Groups["q"].Value);
        var kind = noun.Length == 0 ? null : TargetText.Parse(noun + " x").Kind;
        if (kind is not null && KindOnly().IsMatch(noun))
        {
            return [new StepDraft(StepAction.AssertVisible, quoted, ElementKind: kind)];
        }

        // A bare quote reads only with a verb ('"Saved" shown'): alone it may be the tail of a list ("only "A" and "B"").
        var shown = m.Groups["shown"].Success;
        return noun.Length == 0 && shown || noun.Length > 0 && MessageWords().IsMatch(noun) ? [new StepDraft(StepAction.AssertTextVisible, Value: quoted)] : null;
    }

    private static StepDraft[]? Shows(string subject, string value, bool negated)
    {
        var s = Phrases.DropLocation(subject.Trim());
        var action = negated ? StepAction.AssertTextHidden : StepAction.AssertTextVisible;
        if (Person().IsMatch(s))
        {
            return null;
        }

        // "the page shows X", "an error message says X": the text, wherever it is.
        if (FactParts.IsPageLike(s) || MessageWords().IsMatch(Placement().Replace(s, string.Empty)) || ItemNoun().IsMatch(s))
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

    [GeneratedRegex("""^(?:(?:the|a|an)\s+)?(?<noun>(?:[\w-]+\s+){0,3}?)(?:(?:saying|that\s+says|which\s+says|reading|with\s+the\s+text)\s+)?(?<q>"[^"]+"|“[^”]+”)(?<shown>\s+(?:is\s+)?(?:shown|displayed|appears|visible|shows\s+up|pops\s+up|present))?$""", Options)]
    private static partial Regex MentionRule();

    [GeneratedRegex("""^(?:(?:the|a|an)\s+)?(?:(?:red|green|blue|grey|gray|dark|small|big|yellow|orange|inline|new|success|error|warning|info|confirmation|validation|welcome|little|top|bottom)\s+)*(?:error|errors|message|toast|snackbar|note|banner|alert|text|notification|box|line|popup|pop-up|tooltip|hint|label|warning|confirmation|greeting|heading|title)(?:\s+(?:message|text|box|bar|line))?$""", Options)]
    private static partial Regex MessageWords();

    [GeneratedRegex("""\s+(?:under|below|above|beside|next\s+to|near|at)\s+.+$""", Options)]
    private static partial Regex Placement();

    [GeneratedRegex("""^(?:(?:the|a|an|that|this)\s+)?(?:task|item|row|entry|card|product|result|record|list\s+item|new\s+task|new\s+item)$""", Options)]
    private static partial Regex ItemNoun();

    [GeneratedRegex("""^(?:(?:button|link|tab|heading|checkbox|field|icon|option|menu\s+item)s?)$""", Options)]
    private static partial Regex KindOnly();

    [GeneratedRegex("""^(?:(?:the|a|an)\s+)?(?:user|customer|shopper|tester|visitor|buyer|person|i|we|you|they|he|she)$""", Options)]
    private static partial Regex Person();

    [GeneratedRegex($"""^(?:should\s+not|shouldn't|cannot|can\s*not|can't|do\s+not|does\s+not|don't|doesn't|no\s+longer)\s+see\s+{Val}$""", Options)]
    private static partial Regex NotSeeRule();

    [GeneratedRegex($"""^(?:should\s+|can\s+|will\s+|now\s+)?(?:see|sees)\s+{Val}$""", Options)]
    private static partial Regex SeeRule();

    [GeneratedRegex($"""^(?<subject>.+?)\s+(?:does\s+not|doesn't|should\s+not|shouldn't|must\s+not|no\s+longer)\s+(?:show|display|contain|include|list|say)s?\s+(?:the\s+)?(?:text\s+|message\s+)?{Val}$""", Options)]
    private static partial Regex NotShowsRule();

    [GeneratedRegex($"""^(?<subject>.+?)\s+(?:now\s+|still\s+|again\s+|also\s+)?(?:{ShowVerb}|should\s+{ShowVerbBase})\s+(?:the\s+)?(?:text\s+|message\s+)?{Val}$""", Options)]
    private static partial Regex ShowsRule();
}
