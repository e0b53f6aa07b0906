using System.Text.RegularExpressions;

namespace Pacts.Agents.Discovery;

/// <summary>How well a candidate's names match the target the step wrote, from 0 (nothing alike) to 1 (exact).</summary>
internal static partial class NameMatch
{
    public static double Score(string target, Candidate c)
    {
        var want = Text.Normalize(target);
        if (want.Length == 0)
        {
            return 0;
        }

        var best = 0.0;
        best = Math.Max(best, Field(target, want, c.Name, 1.0));
        best = Math.Max(best, Field(target, want, c.Label, 1.0));
        best = Math.Max(best, Field(target, want, c.Placeholder, 0.9));
        best = Math.Max(best, Field(target, want, c.OwnText, 0.9));
        best = Math.Max(best, Field(target, want, c.Text, 0.9));
        // A test id is a name written for tests: a match counts nearly as much as the visible name.
        best = Math.Max(best, Identifier(want, c.TestId?.Value) * 1.1);
        best = Math.Max(best, Identifier(want, c.Id));
        best = Math.Max(best, Identifier(want, c.NameAttribute));
        return best;
    }

    private static double Field(string target, string want, string? value, double exactWeight)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 0;
        }

        if (string.Equals(value.Trim(), target.Trim(), StringComparison.Ordinal))
        {
            return exactWeight;
        }

        var have = Text.Normalize(value);
        if (have.Length == 0)
        {
            return 0;
        }

        if (have == want)
        {
            return exactWeight * 0.95;
        }

        if ($" {have} ".Contains($" {want} ", StringComparison.Ordinal))
        {
            return exactWeight * (0.55 + (0.35 * want.Length / have.Length));
        }

        var fuzzy = Fuzzy(want, have);
        return exactWeight * Math.Max(fuzzy, Overlap(want, have));
    }

    private static double Identifier(string want, string? identifier)
    {
        if (string.IsNullOrEmpty(identifier))
        {
            return 0;
        }

        var spaced = Text.Normalize(CamelBoundary().Replace(identifier, "$1 $2"));
        return spaced == want || spaced.Replace(" ", "", StringComparison.Ordinal) == want.Replace(" ", "", StringComparison.Ordinal) ? 0.85 : 0;
    }

    private static double Fuzzy(string want, string have)
    {
        if (want.Length < 4 || Math.Abs(want.Length - have.Length) > 2)
        {
            return 0;
        }

        var distance = Text.EditDistance(want, have);
        return distance <= Math.Max(1, want.Length / 6) ? 0.8 - (0.05 * distance) : 0;
    }

    private static double Overlap(string want, string have)
    {
        var a = want.Split(' ').ToHashSet(StringComparer.Ordinal);
        var b = have.Split(' ').ToHashSet(StringComparer.Ordinal);
        var common = a.Count(b.Contains);
        if (common == 0)
        {
            return 0;
        }

        var jaccard = (double)common / (a.Count + b.Count - common);
        return jaccard >= 0.5 ? 0.6 * jaccard : 0;
    }

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex CamelBoundary();
}
