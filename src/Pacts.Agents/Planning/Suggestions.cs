namespace Pacts.Agents.Planning;

/// <summary>Finds the known phrasing closest to a line the grammar could not read.</summary>
internal static class Suggestions
{
    private static readonly (string Verb, string Template)[] StepTemplates =
    [
        ("go", "Go to <address>"), ("open", "Open <address>"), ("navigate", "Navigate to <address>"),
        ("enter", "Enter \"<value>\" in the <name> field"), ("type", "Type \"<value>\" into the <name> field"),
        ("fill", "Fill <name> with \"<value>\""), ("set", "Set <name> to \"<value>\""),
        ("click", "Click the <name> button"), ("tap", "Tap the <name> button"), ("press", "Press Enter"),
        ("select", "Select \"<option>\" from the <name> dropdown"), ("choose", "Choose \"<option>\" from the <name> dropdown"),
        ("check", "Check the <name> checkbox"), ("uncheck", "Uncheck the <name> checkbox"),
        ("verify", "Verify \"<text>\" is visible"), ("assert", "Assert the URL contains \"<text>\""),
    ];

    private static readonly string[] ExpectationTemplates =
    [
        "\"<text>\" is visible", "URL contains \"<text>\"", "The <name> field has value \"<value>\"", "The page shows \"<text>\"",
    ];

    public static string For(string text, bool expectation)
    {
        if (expectation)
        {
            return text.Contains("url", StringComparison.OrdinalIgnoreCase) ? ExpectationTemplates[1]
                : text.Contains("value", StringComparison.OrdinalIgnoreCase) ? ExpectationTemplates[2]
                : ExpectationTemplates[0];
        }

        var firstWord = text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        var best = StepTemplates
            .Select(t => (t.Template, Distance: Text.EditDistance(firstWord.ToLowerInvariant(), t.Verb)))
            .OrderBy(t => t.Distance)
            .First();
        return best.Template;
    }
}
