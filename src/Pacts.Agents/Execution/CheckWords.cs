using System.Globalization;

namespace Pacts.Agents.Execution;

/// <summary>The words outcomes are written in: nouns as the requirement named them, positions, controls, short lists.</summary>
internal static class CheckWords
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    /// <summary>"orders" for order or orders; "entries" for entry; "boxes" for box.</summary>
    public static string Plural(string noun)
    {
        var word = noun.Trim();
        if (word.Length == 0 || word.EndsWith('s') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase))
        {
            return word;
        }

        return word.EndsWith('y') && word.Length > 1 && !"aeiou".Contains(char.ToLowerInvariant(word[^2]), StringComparison.Ordinal) ? word[..^1] + "ies"
            : word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) || word.EndsWith('x') || word.EndsWith("ch", StringComparison.OrdinalIgnoreCase) || word.EndsWith("sh", StringComparison.OrdinalIgnoreCase) ? word + "es"
            : word + "s";
    }

    /// <summary>"order" for orders or order; "entry" for entries.</summary>
    public static string Singular(string noun)
    {
        var word = noun.Trim();
        return word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && word.Length > 3 ? word[..^3] + "y"
            : word.EndsWith("sses", StringComparison.OrdinalIgnoreCase) || word.EndsWith("xes", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ches", StringComparison.OrdinalIgnoreCase) || word.EndsWith("shes", StringComparison.OrdinalIgnoreCase) ? word[..^2]
            : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) && word.Length > 1 ? word[..^1]
            : word;
    }

    /// <summary>"first", "second", ... "tenth", "11th", "22nd"; "last" for -1.</summary>
    public static string Ordinal(int ordinal)
    {
        if (ordinal == -1)
        {
            return "last";
        }

        if (ordinal >= 1 && ordinal <= Ordinals.Length)
        {
            return Ordinals[ordinal - 1];
        }

        var suffix = (ordinal % 100) is 11 or 12 or 13 ? "th" : (ordinal % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return ordinal.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>"a Track button", "an Edit link", "a Delete menu item"; without a kind, the name quoted: "'Track'".</summary>
    public static string Control(string target, string? kind)
    {
        if (string.IsNullOrWhiteSpace(kind))
        {
            return $"'{target}'";
        }

        var article = "aeiouAEIOU".Contains(target.TrimStart()[..1], StringComparison.Ordinal) ? "an" : "a";
        return $"{article} {target} {kind.Replace('_', ' ')}";
    }

    /// <summary>The text in single quotes, shortened to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Quote(string text, int max = 80) => $"'{Shorten(text, max)}'";

    public static string Shorten(string text, int max = 80) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>"a, b, c", or "a, b, c, d, e and 3 more".</summary>
    public static string List(IReadOnlyList<string> items, int max = 5) => items.Count <= max
        ? string.Join(", ", items)
        : string.Join(", ", items.Take(max)) + $" and {(items.Count - max).ToString(CultureInfo.InvariantCulture)} more";

    /// <summary>An address as a check shows it: its path, query and fragment when the check is about a path, else in full.</summary>
    public static string Address(string url, string fragment) =>
        fragment.StartsWith('/') && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.PathAndQuery + uri.Fragment : url;
}
