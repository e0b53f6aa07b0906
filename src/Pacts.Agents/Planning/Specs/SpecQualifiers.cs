using System.Globalization;
using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning.Specs;

/// <summary>Reads the written forms of a spec step's <c>within</c>, <c>ordinal</c> and wait durations.</summary>
internal static partial class SpecQualifiers
{
    private static readonly (string Prefix, ScopeKind Kind)[] ScopePrefixes =
    [
        ("section:", ScopeKind.Section), ("row:", ScopeKind.Row), ("item:", ScopeKind.Item), ("dialog:", ScopeKind.Dialog),
    ];

    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["last"] = -1, ["-1"] = -1,
    };

    /// <summary>
    /// <c>section:X</c>, <c>row:X</c>, <c>item:X</c>, <c>dialog</c> or <c>dialog:X</c>; any other text is the repeated
    /// item that contains it. Null when nothing is named.
    /// </summary>
    public static StepScope? Within(string written)
    {
        var text = written.Trim();
        if (text.Equals("dialog", StringComparison.OrdinalIgnoreCase))
        {
            return new StepScope(ScopeKind.Dialog, null);
        }

        foreach (var (prefix, kind) in ScopePrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = text[prefix.Length..].Trim();
                return rest.Length > 0 ? new StepScope(kind, rest) : kind == ScopeKind.Dialog ? new StepScope(kind, null) : null;
            }
        }

        return text.Length > 0 ? new StepScope(ScopeKind.Item, text) : null;
    }

    /// <summary>1-based position: a positive number, 2nd, first … tenth, or last (-1). Null when it is none.</summary>
    public static int? Ordinal(string written)
    {
        var text = written.Trim();
        if (OrdinalWords.TryGetValue(text, out var word))
        {
            return word;
        }

        var match = NumberedOrdinal().Match(text);
        return match.Success && int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : null;
    }

    /// <summary>"500", "500ms", "2s", "1.5 seconds", "1 minute" as whole milliseconds; null when it is not a duration.</summary>
    public static string? Milliseconds(string written)
    {
        var match = Duration().Match(written);
        if (!match.Success)
        {
            return null;
        }

        var factor = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "" or "ms" or "msec" or "msecs" or "millisecond" or "milliseconds" => 1,
            "m" or "min" or "mins" or "minute" or "minutes" => 60_000,
            _ => 1_000,
        };
        var ms = Math.Round(double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) * factor);
        return ms <= int.MaxValue ? ((int)ms).ToString(CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex("""^(?<n>\d+)(?:st|nd|rd|th)?$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedOrdinal();

    [GeneratedRegex("""^\s*(?<n>\d+(?:\.\d+)?)\s*(?<unit>ms|msecs?|milliseconds?|s|secs?|seconds?|m|mins?|minutes?)?\s*$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duration();
}
