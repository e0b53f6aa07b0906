using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning;

/// <summary>Splits a written target ("the Add to cart button for "Blue Mug"") into name, element kind and scope.</summary>
internal sealed partial record TargetText(string Name, string? Kind, string? Scope)
{
    private static readonly (string Suffix, string Kind)[] KindSuffixes =
    [
        (" text field", "field"), (" text box", "field"), (" textbox", "field"), (" input field", "field"),
        (" field", "field"), (" input", "field"), (" box", "field"),
        (" button", "button"), (" link", "link"), (" checkbox", "checkbox"), (" check box", "checkbox"),
        (" dropdown", "dropdown"), (" drop-down", "dropdown"), (" select", "dropdown"), (" menu", "dropdown"),
        (" radio button", "radio"), (" option", "option"), (" tab", "tab"),
    ];

    public static TargetText Parse(string raw)
    {
        var text = raw.Trim();
        string? scope = null;
        var scoped = ScopeSuffix().Match(text);
        if (scoped.Success)
        {
            scope = StepGrammar.Unquote(scoped.Groups["scope"].Value);
            text = text[..scoped.Index];
        }

        text = LeadingNoise().Replace(text, string.Empty).Trim();
        string? kind = null;
        foreach (var (suffix, k) in KindSuffixes)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && text.Length > suffix.Length)
            {
                kind = k;
                text = text[..^suffix.Length].Trim();
                break;
            }
        }

        text = LeadingNoise().Replace(text, string.Empty).Trim();
        return new TargetText(StepGrammar.Unquote(text), kind, scope);
    }

    [GeneratedRegex("""\s+(?:for|of)\s+(?:the\s+)?(?<scope>"[^"]+"|'[^']+'|[^"']+?)(?:\s+(?:product|item|card|row))?$""", RegexOptions.IgnoreCase)]
    private static partial Regex ScopeSuffix();

    [GeneratedRegex("""^(?:on\s+)?(?:the\s+|a\s+|an\s+)""", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingNoise();
}
