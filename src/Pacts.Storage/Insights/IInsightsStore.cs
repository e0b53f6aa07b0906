using Pacts.Storage.Healing;

namespace Pacts.Storage.Insights;

/// <summary>
/// What the stored runs, the selector cache and the heal history say, for reports and <c>pacts stats</c>. Postgres
/// answers from the views and functions of <c>db/migrations</c>; the embedded store with the same queries in SQLite.
/// </summary>
public interface IInsightsStore
{
    /// <summary>The cache per environment, origin and path pattern, and the live lookup counters where there are any.</summary>
    Task<CacheStats> GetCacheStatsAsync(CancellationToken cancellationToken);

    /// <summary>Healing attempts per strategy over every site, ordered by strategy name.</summary>
    Task<IReadOnlyList<StrategyStats>> GetHealingByStrategyAsync(CancellationToken cancellationToken);

    /// <summary>Finished runs per UTC day over the last <paramref name="days"/> days, newest first (runs still running left out).</summary>
    Task<IReadOnlyList<DailySuccess>> GetDailySuccessAsync(int days, CancellationToken cancellationToken);

    /// <summary>The most recent runs, newest first, with where their elements came from.</summary>
    Task<IReadOnlyList<RunInsight>> GetRecentRunsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>The most recent healing attempts, newest first.</summary>
    Task<IReadOnlyList<HealAttempt>> GetRecentHealsAsync(int limit, CancellationToken cancellationToken);
}
