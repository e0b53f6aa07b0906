using Pacts.Agents.Discovery;

namespace Pacts.Agents.Healing;

/// <summary>
/// How much an element seen now looks like a stored fingerprint, from 0 to 1, for healing. Richer than the cache
/// check (<see cref="Fingerprints"/>): words count in part (a reworded button keeps some), and the neighbourhood
/// (section, container text, classes) counts, because after a change that is often what still tells two lookalikes
/// apart. Identifiers weigh most. A field only one side has counts against the match.
/// </summary>
internal static class HealSimilarity
{
    public static double Of(Candidate stored, Candidate seen)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(seen);
        var sum = new Sum();
        sum.Exact(stored.TestId?.Value ?? "", seen.TestId?.Value ?? "", 4);
        sum.Exact(stored.Id, seen.Id, 3);
        sum.Exact(stored.NameAttribute, seen.NameAttribute, 2);
        sum.Exact(stored.Tag, seen.Tag, 1);
        sum.Exact(stored.Role, seen.Role, 1.5);
        sum.Exact(stored.Type, seen.Type, 1);
        sum.Exact(stored.Href, seen.Href, 1);
        sum.Words(stored.Name, seen.Name, 2);
        sum.Words(stored.Label, seen.Label, 1.5);
        sum.Words(stored.Placeholder, seen.Placeholder, 1);
        sum.Words(stored.Text, seen.Text, 1);
        sum.Words(stored.Section, seen.Section, 1);
        sum.Words(stored.ContainerText, seen.ContainerText, 1.5);
        sum.Words(stored.Dialog, seen.Dialog, 0.5);
        sum.Overlap(stored.Classes, seen.Classes, 1);
        return sum.Value;
    }

    /// <summary>Shared words over all words (numbers masked), 0 to 1.</summary>
    public static double WordOverlap(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Count == 0 && y.Count == 0)
        {
            return 1;
        }

        var union = new HashSet<string>(x);
        union.UnionWith(y);
        return (double)x.Count(y.Contains) / union.Count;
    }

    private static HashSet<string> Words(string text) =>
        [.. Text.Tokens(Fingerprints.MaskNumbers(text))];

    private sealed class Sum
    {
        private double _compared;
        private double _matched;

        public double Value => _compared == 0 ? 0 : Math.Round(_matched / _compared, 4);

        public void Exact(string a, string b, double weight) =>
            Add(a.Length == 0 && b.Length == 0, Text.Normalize(a) == Text.Normalize(b) ? 1 : 0, weight);

        public void Words(string a, string b, double weight) =>
            Add(a.Length == 0 && b.Length == 0, WordOverlap(a, b), weight);

        public void Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b, double weight)
        {
            var union = new HashSet<string>(a, StringComparer.Ordinal);
            union.UnionWith(b);
            Add(union.Count == 0, union.Count == 0 ? 0 : (double)a.Distinct(StringComparer.Ordinal).Count(b.Contains) / union.Count, weight);
        }

        private void Add(bool bothEmpty, double similarity, double weight)
        {
            if (bothEmpty)
            {
                return;
            }

            _compared += weight;
            _matched += weight * similarity;
        }
    }
}
