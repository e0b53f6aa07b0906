using Pacts.Storage.Runs;

namespace Pacts.Storage.Insights;

/// <summary>
/// The cached selectors of one page. <see cref="Hits"/> counts the lookups the durable layer answered (Postgres, or the
/// embedded SQLite file); hits from the layer in front (Redis, or process memory) are in the live counters.
/// <see cref="StaleEntries"/> have not been used for <see cref="InsightsQueries.StaleAfterDays"/> days.
/// </summary>
public sealed record CacheScopeStats(
    string Environment,
    string Origin,
    string PathPattern,
    long Entries,
    long Hits,
    double AvgScore,
    long StaleEntries,
    DateTimeOffset? LastUsedAt);

/// <summary>The selector cache's live lookup counters (Redis, under the seed's names), since they were last reset.</summary>
public sealed record CacheCounters(long HitsRedis, long HitsPostgres, long Misses, long Drift);

/// <summary>Every cached page, and the live counters when the cache keeps them (null otherwise).</summary>
public sealed record CacheStats(IReadOnlyList<CacheScopeStats> Scopes, CacheCounters? Counters);

/// <summary>One healing strategy over every site: rate in percent, average time per attempt in milliseconds.</summary>
public sealed record StrategyStats(string Strategy, long Attempts, long Successes, double SuccessRatePct, long AvgDurationMs);

public sealed record DailySuccess(DateOnly Date, long TotalRuns, long PassedRuns, long FailedRuns, double SuccessRatePct);

/// <summary>A run with where its elements came from (a row of <c>run_summary</c>).</summary>
public sealed record RunInsight(
    string RunId,
    string RequirementName,
    RunState State,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    long? DurationMs,
    long StepsTotal,
    long StepsFromCache,
    long StepsDiscovered,
    long StepsHealed,
    long HealEvents);

/// <summary>Limits both stores apply alike.</summary>
public static class InsightsQueries
{
    /// <summary>A cache entry unused this long is stale: what the retention job removes by default, and the view's cut-off.</summary>
    public const int StaleAfterDays = 7;

    public const int MaxDays = 3650;

    public static void RequireDays(int days)
    {
        if (days is < 1 or > MaxDays)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, $"days must be between 1 and {MaxDays}");
        }
    }
}
