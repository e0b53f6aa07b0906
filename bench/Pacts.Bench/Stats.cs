namespace Pacts.Bench;

/// <summary>Percentiles of timings, rounded for the results files.</summary>
internal static class Stats
{
    public static double Median(IReadOnlyCollection<double> values) => Percentile(values, 0.5);

    public static double P95(IReadOnlyCollection<double> values) => Percentile(values, 0.95);

    /// <summary>The nearest-rank percentile (p from 0 to 1), rounded to 3 decimals.</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return Math.Round(sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1))], 3);
    }
}
