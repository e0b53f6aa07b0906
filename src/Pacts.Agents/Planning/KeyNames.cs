namespace Pacts.Agents.Planning;

/// <summary>Key names as Playwright spells them, from the ways people write them.</summary>
internal static class KeyNames
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["enter"] = "Enter", ["return"] = "Enter", ["tab"] = "Tab", ["escape"] = "Escape", ["esc"] = "Escape",
        ["space"] = "Space", ["spacebar"] = "Space", ["backspace"] = "Backspace", ["delete"] = "Delete",
        ["up"] = "ArrowUp", ["down"] = "ArrowDown", ["left"] = "ArrowLeft", ["right"] = "ArrowRight",
        ["arrowup"] = "ArrowUp", ["arrowdown"] = "ArrowDown", ["arrowleft"] = "ArrowLeft", ["arrowright"] = "ArrowRight",
        ["home"] = "Home", ["end"] = "End", ["pageup"] = "PageUp", ["pagedown"] = "PageDown",
    };

    private static readonly Dictionary<string, string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ctrl"] = "Control", ["control"] = "Control", ["shift"] = "Shift", ["alt"] = "Alt", ["meta"] = "Meta", ["cmd"] = "Meta",
    };

    /// <summary>The Playwright key for <paramref name="written"/>, or null when it is not a key ("the Login").</summary>
    public static string? Normalize(string written)
    {
        var parts = written.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var result = new List<string>(parts.Length);
        for (var i = 0; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            if (!last && Modifiers.TryGetValue(parts[i], out var modifier))
            {
                result.Add(modifier);
            }
            else if (last && Known.TryGetValue(parts[i], out var key))
            {
                result.Add(key);
            }
            else if (last && parts.Length > 1 && parts[i].Length == 1)
            {
                result.Add(parts[i].ToUpperInvariant());
            }
            else if (last && parts[i].Length >= 2 && parts[i][0] is 'F' or 'f' && int.TryParse(parts[i][1..], out var n) && n is >= 1 and <= 12)
            {
                result.Add($"F{n}");
            }
            else
            {
                return null;
            }
        }

        return string.Join('+', result);
    }
}
