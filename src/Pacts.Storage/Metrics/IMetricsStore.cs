namespace Pacts.Storage.Metrics;

/// <summary>One sample of a named quantity at a moment; a total is the sum of the samples over a window.</summary>
public sealed record MetricSample(string Name, double Value, IReadOnlyDictionary<string, string> Labels, DateTimeOffset At);

/// <summary>
/// Metrics worth keeping for reports, as samples over time rather than counter rows (which every replica would update
/// on every step, and which cannot answer "per day"). Live counters are in Redis and OpenTelemetry.
/// </summary>
public interface IMetricsStore
{
    Task RecordAsync(MetricSample sample, CancellationToken cancellationToken);

    /// <summary>The sum of the samples named <paramref name="name"/> taken in [<paramref name="from"/>, <paramref name="to"/>); 0 when none.</summary>
    Task<double> SumAsync(string name, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
