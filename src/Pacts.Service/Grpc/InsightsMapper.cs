using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Pacts.Storage.Healing;
using Pacts.Storage.Insights;

namespace Pacts.Service.Grpc;

/// <summary>Insights from the stores to their proto messages.</summary>
internal static class InsightsMapper
{
    public static V1.GetCacheStatsResponse ToProto(CacheStats stats)
    {
        var response = new V1.GetCacheStatsResponse
        {
            Counters = stats.Counters is { } c
                ? new V1.CacheCounters { HitsRedis = c.HitsRedis, HitsPostgres = c.HitsPostgres, Misses = c.Misses, Drift = c.Drift }
                : null,
        };
        response.Scopes.AddRange(stats.Scopes.Select(s => new V1.CacheScopeStats
        {
            Environment = s.Environment,
            Origin = s.Origin,
            PathPattern = s.PathPattern,
            Entries = s.Entries,
            Hits = s.Hits,
            AvgScore = s.AvgScore,
            StaleEntries = s.StaleEntries,
            LastUsedAt = s.LastUsedAt is { } used ? Timestamp.FromDateTimeOffset(used) : null,
        }));
        return response;
    }

    public static V1.StrategyStats ToProto(StrategyStats strategy) => new()
    {
        Strategy = strategy.Strategy,
        Attempts = strategy.Attempts,
        Successes = strategy.Successes,
        SuccessRate = strategy.SuccessRatePct,
        AvgDurationMs = strategy.AvgDurationMs,
    };

    public static V1.DailySuccess ToProto(DailySuccess day) => new()
    {
        Date = day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TotalRuns = day.TotalRuns,
        PassedRuns = day.PassedRuns,
        FailedRuns = day.FailedRuns,
        SuccessRate = day.SuccessRatePct,
    };

    public static V1.RecentRun ToProto(RunInsight run) => new()
    {
        RunId = run.RunId,
        RequirementName = run.RequirementName,
        Status = PlanMapper.ToProto(run.State),
        StartedAt = Timestamp.FromDateTimeOffset(run.StartedAt),
        FinishedAt = run.FinishedAt is { } finished ? Timestamp.FromDateTimeOffset(finished) : null,
        DurationMs = run.DurationMs ?? 0,
        StepsTotal = run.StepsTotal,
        StepsFromCache = run.StepsFromCache,
        StepsDiscovered = run.StepsDiscovered,
        StepsHealed = run.StepsHealed,
        HealEvents = run.HealEvents,
    };

    /// <summary>Rows are masked when they are written (the run's secrets are gone by now), so they map as they are.</summary>
    public static V1.HealAttempt ToProto(HealAttempt heal) => new()
    {
        RunId = heal.RunId ?? "",
        Site = heal.Site,
        ElementKey = heal.ElementKey,
        Strategy = heal.Strategy,
        Success = heal.Success,
        Similarity = heal.Similarity ?? 0,
        OldLocator = heal.OldLocator ?? "",
        NewLocator = heal.NewLocator ?? "",
        DurationMs = heal.DurationMs,
        At = Timestamp.FromDateTimeOffset(heal.At),
    };
}
