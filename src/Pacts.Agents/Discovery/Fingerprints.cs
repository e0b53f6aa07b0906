using System.Text.RegularExpressions;

namespace Pacts.Agents.Discovery;

/// <summary>
/// Weighted attribute similarity between a stored fingerprint and an element seen now (0 to 1). Identifiers that
/// releases rarely change (test id, id) weigh more than visible text, which is reworded often.
/// </summary>
internal static partial class Fingerprints
{
    public const double SameElementThreshold = 0.75;

    public static double Similarity(Candidate stored, Candidate seen)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(seen);
        (string A, string B, double Weight)[] fields =
        [
            (stored.Tag, seen.Tag, 1), (stored.Role, seen.Role, 1), (stored.Name, seen.Name, 2), (stored.Label, seen.Label, 2),
            (stored.Placeholder, seen.Placeholder, 1), (stored.TestId?.Value ?? "", seen.TestId?.Value ?? "", 4),
            (stored.Id, seen.Id, 3), (stored.NameAttribute, seen.NameAttribute, 2), (stored.Type, seen.Type, 1),
            (stored.ContainerSelector, seen.ContainerSelector, 1),
        ];
        double compared = 0, equal = 0;
        foreach (var (a, b, weight) in fields)
        {
            if (a.Length == 0 && b.Length == 0)
            {
                continue;
            }

            compared += weight;
            if (Comparable(a) == Comparable(b))
            {
                equal += weight;
            }
        }

        return compared == 0 ? 0 : equal / compared;
    }

    // Numbers are counts and totals that change between runs ("Cart (1)", "Cart (2)"); the cached locator itself still
    // has to find exactly one element, so two items told apart only by a number are never confused.
    private static string Comparable(string value) => MaskNumbers(Text.Normalize(value));

    /// <summary>Every run of digits as "#": counts and totals change between runs, the element does not.</summary>
    public static string MaskNumbers(string value) => Digits().Replace(value, "#");

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
