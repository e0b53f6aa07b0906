using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning;

/// <summary>What the fact families share: texts to look for, presence of a text or an element, and the word classes.</summary>
internal static partial class FactParts
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Text checks of a written value: one per quoted item of a list, or one for the whole value.</summary>
    public static StepDraft[]? Texts(StepAction action, string written)
    {
        var text = Phrases.DropLocation(written.Trim());
        var scope = TargetText.TakeScope(ref text);
        text = TextNoun().Replace(text, string.Empty);
        var items = Phrases.SplitList(text);
        if (items.Count > 1 && Phrases.AllQuoted(items))
        {
            return [.. items.Select(i => new StepDraft(action, Value: Phrases.Unquote(i), Scope: scope))];
        }

        var value = Phrases.Unquote(text);
        return value.Length == 0 ? null : [new StepDraft(action, Value: value, Scope: scope)];
    }

    /// <summary>A subject is shown or not: a text check for a text, an element check for an element.</summary>
    public static StepDraft[]? Presence(string subject, bool visible)
    {
        var s = Phrases.DropLocation(subject.Trim());
        if (IsText(s))
        {
            return Texts(visible ? StepAction.AssertTextVisible : StepAction.AssertTextHidden, s);
        }

        return [TargetText.Draft(visible ? StepAction.AssertVisible : StepAction.AssertHidden, s, null)];
    }

    /// <summary>Quoted, or written without an article: a text. "the X" or "X button": an element.</summary>
    public static bool IsText(string subject)
    {
        var s = subject.Trim();
        if (Phrases.IsQuoted(s) || TextNoun().IsMatch(s))
        {
            return true;
        }

        if (ElementArticle().IsMatch(s))
        {
            return false;
        }

        return TargetText.Parse(s).Kind is null;
    }

    public static bool IsNumeric(string value) => Numeric().IsMatch(value);

    public static bool IsPageLike(string subject) => PageLike().IsMatch(subject);

    [GeneratedRegex("""^(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,3}(?:page|screen|site|website|window|app|application|view|browser|tab)$|^(?:it|everything)$""", Options)]
    private static partial Regex PageLike();

    [GeneratedRegex("""^[-+]?\$?\d[\d,.]*%?$""", Options)]
    private static partial Regex Numeric();

    [GeneratedRegex("""^(?:the\s+|a\s+|an\s+)?(?:(?:success|error|warning|info|confirmation|validation|welcome)\s+)?(?:text|message|notification|toast|alert|label|heading|title|banner|error|warning)\s+(?=["'“])""", Options)]
    private static partial Regex TextNoun();

    [GeneratedRegex("""^(?:the|a|an|this|that|my|your)\s+""", Options)]
    private static partial Regex ElementArticle();
}
