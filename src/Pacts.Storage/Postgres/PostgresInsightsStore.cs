using Dapper;
using Microsoft.Extensions.Logging;
using Pacts.Storage.Healing;
using Pacts.Storage.Insights;
using Pacts.Storage.Redis;
using Pacts.Storage.Runs;
using StackExchange.Redis;

namespace Pacts.Storage.Postgres;

/// <summary>
/// Insights from the views and functions of <c>db/migrations</c> (<c>selector_cache_stats</c>,
/// <c>healing_success_rate</c>, <c>get_daily_success_rate</c>, <c>run_summary</c>), and the live cache counters from
/// Redis when it is configured. A Redis that does not answer leaves the counters out; it never fails the call.
/// </summary>
internal sealed partial class PostgresInsightsStore(
    PostgresDatabase database,
    ILogger<PostgresInsightsStore> logger,
    RedisSelectorCache? redis = null) : IInsightsStore
{
    public async Task<CacheStats> GetCacheStatsAsync(CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT environment AS Environment, origin AS Origin, path_pattern AS PathPattern, entries AS Entries,
                   hit_count::bigint AS Hits, avg_score::double precision AS AvgScore, stale_entries AS StaleEntries,
                   last_used_at AS LastUsedAt
            FROM selector_cache_stats ORDER BY environment, origin, path_pattern
            """;
        IReadOnlyList<CacheScopeStats> scopes;
        await using (var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<ScopeRow>(new CommandDefinition(sql, cancellationToken: cancellationToken)).ConfigureAwait(false);
            scopes = [.. rows.Select(r => new CacheScopeStats(r.Environment, r.Origin, r.PathPattern, r.Entries, r.Hits, r.AvgScore,
                r.StaleEntries, r.LastUsedAt is { } used ? PostgresDatabase.FromTimestamp(used) : null))];
        }

        return new CacheStats(scopes, await CountersAsync(cancellationToken).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<StrategyStats>> GetHealingByStrategyAsync(CancellationToken cancellationToken)
    {
        // The view has a row per site and strategy; over every site, the average time is weighted by attempts.
        const string sql = """
            SELECT strategy AS Strategy, sum(attempts)::bigint AS Attempts, sum(success_count)::bigint AS Successes,
                   round(100.0 * sum(success_count) / sum(attempts), 2)::double precision AS SuccessRatePct,
                   round(sum(avg_heal_time_ms * attempts) / sum(attempts))::bigint AS AvgDurationMs
            FROM healing_success_rate GROUP BY strategy ORDER BY strategy
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<StrategyStats>(new CommandDefinition(sql, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows];
    }

    public async Task<IReadOnlyList<DailySuccess>> GetDailySuccessAsync(int days, CancellationToken cancellationToken)
    {
        InsightsQueries.RequireDays(days);
        const string sql = """
            SELECT date AS Date, total_runs AS TotalRuns, passed_runs AS PassedRuns, failed_runs AS FailedRuns,
                   success_rate::double precision AS SuccessRatePct
            FROM get_daily_success_rate(@Days)
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<DayRow>(new CommandDefinition(sql, new { Days = days }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => new DailySuccess(r.Date, r.TotalRuns, r.PassedRuns, r.FailedRuns, r.SuccessRatePct))];
    }

    public async Task<IReadOnlyList<RunInsight>> GetRecentRunsAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        const string sql = """
            SELECT run_id AS RunId, requirement_name AS RequirementName, status AS Status, start_time AS StartTime,
                   end_time AS EndTime, duration_ms AS DurationMs, steps_total AS StepsTotal, steps_from_cache AS StepsFromCache,
                   steps_discovered AS StepsDiscovered, steps_healed AS StepsHealed, heal_events AS HealEvents
            FROM run_summary ORDER BY start_time DESC, run_id DESC LIMIT @Limit
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<RunRow>(new CommandDefinition(sql, new { Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => new RunInsight(r.RunId, r.RequirementName, Enum.Parse<RunState>(r.Status), PostgresDatabase.FromTimestamp(r.StartTime),
            r.EndTime is { } end ? PostgresDatabase.FromTimestamp(end) : null, r.DurationMs, r.StepsTotal, r.StepsFromCache, r.StepsDiscovered,
            r.StepsHealed, r.HealEvents))];
    }

    public async Task<IReadOnlyList<HealAttempt>> GetRecentHealsAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        const string sql = """
            SELECT run_id AS RunId, site AS Site, element_key AS ElementKey, strategy AS Strategy, success AS Success,
                   similarity AS Similarity, old_locator AS OldLocator, new_locator AS NewLocator, duration_ms AS DurationMs,
                   created_at AS At
            FROM heal_history ORDER BY created_at DESC, id DESC LIMIT @Limit
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<HealRow>(new CommandDefinition(sql, new { Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => new HealAttempt(r.RunId, r.Site, r.ElementKey, r.Strategy, r.Success, r.Similarity, r.OldLocator,
            r.NewLocator, r.DurationMs, PostgresDatabase.FromTimestamp(r.At)))];
    }

    private async Task<CacheCounters?> CountersAsync(CancellationToken cancellationToken)
    {
        if (redis is null)
        {
            return null;
        }

        try
        {
            return await redis.ReadCountersAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            LogCountersUnavailable(logger, exception);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis did not answer; the cache statistics leave out the live counters")]
    private static partial void LogCountersUnavailable(ILogger logger, Exception exception);

    private sealed record ScopeRow(string Environment, string Origin, string PathPattern, long Entries, long Hits, double AvgScore, long StaleEntries, DateTime? LastUsedAt);

    private sealed record DayRow(DateOnly Date, long TotalRuns, long PassedRuns, long FailedRuns, double SuccessRatePct);

    private sealed record RunRow(
        string RunId, string RequirementName, string Status, DateTime StartTime, DateTime? EndTime, long? DurationMs, long StepsTotal,
        long StepsFromCache, long StepsDiscovered, long StepsHealed, long HealEvents);

    private sealed record HealRow(
        string? RunId, string Site, string ElementKey, string Strategy, bool Success, double? Similarity, string? OldLocator,
        string? NewLocator, long DurationMs, DateTime At);
}
