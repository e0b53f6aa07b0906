namespace Pacts.Agents.Planning;

/// <summary>Finds the known phrasing closest to a line the grammar could not read, and what the line is missing.</summary>
internal static class Suggestions
{
    private static readonly (string Verb, string Template, string? Needs)[] StepTemplates =
    [
        ("go", "Go to <address>", "an address"), ("open", "Open <address>", "an address"), ("navigate", "Navigate to <address>", "an address"),
        ("visit", "Visit <address>", "an address"),
        ("enter", "Enter \"<value>\" in the <name> field", "a value and a field"), ("type", "Type \"<value>\" into the <name> field", "a value and a field"),
        ("fill", "Fill <name> with \"<value>\"", "a field and a value"), ("set", "Set <name> to \"<value>\"", "a field and a value"),
        ("clear", "Clear the <name> field", "a target"),
        ("click", "Click the <name> button", "a target"), ("tap", "Tap the <name> button", "a target"),
        ("double-click", "Double-click the <name>", "a target"), ("hover", "Hover over the <name>", "a target"),
        ("press", "Press Enter", "a key or a button"),
        ("select", "Select \"<option>\" from the <name> dropdown", "an option and a list"), ("choose", "Choose \"<option>\" from the <name> dropdown", "an option and a list"),
        ("check", "Check the <name> checkbox", "a target"), ("uncheck", "Uncheck the <name> checkbox", "a target"),
        ("upload", "Upload <file> to the <name> field", "a file and a field"), ("scroll", "Scroll to the <name>", "a target"),
        ("wait", "Wait for \"<text>\" to appear", "what to wait for"), ("reload", "Reload the page", null), ("back", "Go back", null),
        ("log", "Log in as <user> with password <password>", "a user and a password"),
        ("sign", "Sign in as <user> with password <password>", "a user and a password"),
        ("verify", "Verify \"<text>\" is visible", "something to check"), ("assert", "Assert the URL contains \"<text>\"", "something to check"),
        ("ensure", "Ensure the <name> button is enabled", "something to check"), ("expect", "Expect \"<text>\" to be visible", "something to check"),
    ];

    private static readonly (string Word, string Template)[] ExpectationTemplates =
    [
        ("url", "URL contains \"<text>\""), ("title", "The title contains \"<text>\""), ("value", "The <name> field has value \"<value>\""),
        ("selected", "\"<option>\" is selected in the <name> dropdown"), ("checked", "The <name> checkbox is checked"),
        ("enabled", "The <name> button is enabled"), ("disabled", "The <name> button is disabled"), ("order", "\"A\", \"B\" and \"C\" appear in that order"),
        ("only", "The list holds only \"A\" and \"B\""), ("count", "There are <n> items in the cart"), ("gone", "\"<text>\" is no longer visible"),
        ("not", "\"<text>\" is not visible"), ("hidden", "The <name> is hidden"),
    ];

    public static string For(string text, bool expectation)
    {
        if (expectation)
        {
            foreach (var (word, template) in ExpectationTemplates)
            {
                if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    return template;
                }
            }

            return "\"<text>\" is visible";
        }

        var firstWord = FirstWord(text);
        return StepTemplates
            .Select(t => (t.Template, Distance: Text.EditDistance(firstWord, t.Verb)))
            .OrderBy(t => t.Distance)
            .First().Template;
    }

    /// <summary>When a line is a known verb with too little after it, says what it lacks (": it names no target").</summary>
    public static string? MissingPart(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = FirstWord(text);
        foreach (var (verb, _, needs) in StepTemplates)
        {
            if (needs is not null && first == verb)
            {
                var rest = words.Skip(1).Where(w => !Phrases.IsEmptyWord(w)).ToList();
                var asksForValue = needs.Contains("value", StringComparison.Ordinal) || needs.Contains("option", StringComparison.Ordinal);
                if (rest.Count == 0)
                {
                    return $": '{words[0]}' needs {needs}";
                }

                if (asksForValue && rest.Count <= 3 && words.Skip(1).FirstOrDefault() is { } second && Phrases.StartsWithPreposition(second + " "))
                {
                    return $": it gives no value, only {needs[(needs.IndexOf(" and ", StringComparison.Ordinal) + 5)..]}";
                }

                return null;
            }
        }

        return null;
    }

    private static string FirstWord(string text) =>
        (text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty).ToLowerInvariant().Trim(',', ':', '.');
}
