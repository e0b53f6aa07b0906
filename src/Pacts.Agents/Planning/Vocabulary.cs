namespace Pacts.Agents.Planning;

/// <summary>
/// The words the grammar knows, in one place: each is a regex alternation compiled into the rules of every family
/// (<c>Facts/</c>, <c>Steps/</c>), so a new synonym is one word here, not a new rule.
/// </summary>
internal static class Vocabulary
{
    /// <summary>A value as written: quoted (straight or curly quotes) or the shortest run of words.</summary>
    public const string Val = """(?<value>"[^"]*"|'[^']*'|“[^”]*”|.+?)""";

    /// <summary>A whole number in digits or words ("three", "no", "a single").</summary>
    public const string Number = """(?:\d+|no|zero|none|one|a\s+single|single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)""";

    /// <summary>Number words as digits.</summary>
    public static readonly IReadOnlyDictionary<string, string> NumberWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["no"] = "0", ["zero"] = "0", ["none"] = "0", ["one"] = "1", ["a single"] = "1", ["single"] = "1", ["two"] = "2",
        ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7", ["eight"] = "8", ["nine"] = "9",
        ["ten"] = "10", ["eleven"] = "11", ["twelve"] = "12",
    };

    /// <summary>The digits a number written in digits or words stands for, or null.</summary>
    public static string? Digits(string written)
    {
        var w = System.Text.RegularExpressions.Regex.Replace(written.Trim(), @"\s+", " ");
        return NumberWords.TryGetValue(w, out var n) ? n : w.All(char.IsAsciiDigit) && w.Length > 0 ? w : null;
    }

    /// <summary>Verbs that say an element or page shows a text.</summary>
    public const string ShowVerb = """(?:shows|displays|contains|says|reads|includes|lists|presents)""";

    /// <summary>The same verbs after a modal ("should show").</summary>
    public const string ShowVerbBase = """(?:show|display|contain|say|read|include|list)""";

    /// <summary>Verbs that say a count or list is held by a container.</summary>
    public const string HoldVerb = """(?:has|contains|shows|lists|holds|displays|should\s+(?:have|contain|show|list|hold|display))""";
}
