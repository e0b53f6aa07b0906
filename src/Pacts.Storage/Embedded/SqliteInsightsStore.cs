using System.Globalization;
using Dapper;
using Pacts.Storage.Healing;
using Pacts.Storage.Insights;
using Pacts.Storage.Runs;

namespace Pacts.Storage.Embedded;

/// <summary>
/// The insights of the Postgres views and functions, asked of the embedded SQLite file with the same definitions.
/// "Now" is the <see cref="TimeProvider"/>'s, where Postgres uses its own clock. There are no live cache counters.
/// </summary>
internal sealed class SqliteInsightsStore(SqliteDatabase database, TimeProvider time) : IInsightsStore
{
    public async Task<CacheStats> GetCacheStatsAsync(CancellationToken cancellationToken)
    {
        // The file keys an entry by one string, environment|origin|path pattern|element key (SelectorKey.ToString);
        // the first three parts never hold a '|' (the element key may), so they are split off in turn.
        const string sql = """
            WITH entry AS (
                SELECT c.score, coalesce(u.hit_count, 0) AS hit_count, coalesce(u.last_used_at_ms, c.updated_at_ms) AS last_used_at_ms,
                       substr(c.cache_key, 1, instr(c.cache_key, '|') - 1) AS environment,
                       substr(c.cache_key, instr(c.cache_key, '|') + 1) AS rest
                FROM selector_cache c LEFT JOIN selector_cache_usage u ON u.cache_key = c.cache_key
            ), origin AS (
                SELECT *, substr(rest, 1, instr(rest, '|') - 1) AS origin, substr(rest, instr(rest, '|') + 1) AS rest2 FROM entry
            )
            SELECT environment AS Environment, origin AS Origin, substr(rest2, 1, instr(rest2, '|') - 1) AS PathPattern,
                   count(*) AS Entries, sum(hit_count) AS Hits, round(avg(score), 3) AS AvgScore,
                   sum(last_used_at_ms < @StaleBeforeMs) AS StaleEntries, max(last_used_at_ms) AS LastUsedAtMs
            FROM origin GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            """;
        var staleBefore = time.GetUtcNow().AddDays(-InsightsQueries.StaleAfterDays).ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ScopeRow>(new CommandDefinition(
            sql, new { StaleBeforeMs = staleBefore }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new CacheStats(
            [.. rows.Select(r => new CacheScopeStats(r.Environment, r.Origin, r.PathPattern, r.Entries, r.Hits, r.AvgScore, r.StaleEntries,
                DateTimeOffset.FromUnixTimeMilliseconds(r.LastUsedAtMs)))],
            Counters: null);
    }

    public async Task<IReadOnlyList<StrategyStats>> GetHealingByStrategyAsync(CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT strategy AS Strategy, count(*) AS Attempts, sum(success) AS Successes,
                   round(100.0 * sum(success) / count(*), 2) AS SuccessRatePct, CAST(round(avg(duration_ms)) AS INTEGER) AS AvgDurationMs
            FROM heal_history GROUP BY strategy ORDER BY strategy
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<StrategyRow>(new CommandDefinition(sql, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => new StrategyStats(r.Strategy, r.Attempts, r.Successes, r.SuccessRatePct, r.AvgDurationMs))];
    }

    public async Task<IReadOnlyList<DailySuccess>> GetDailySuccessAsync(int days, CancellationToken cancellationToken)
    {
        InsightsQueries.RequireDays(days);
        const string sql = """
            SELECT date(started_at_ms / 1000, 'unixepoch') AS Day, count(*) AS TotalRuns, sum(status = 'Passed') AS PassedRuns,
                   sum(status <> 'Passed') AS FailedRuns, round(100.0 * sum(status = 'Passed') / count(*), 2) AS SuccessRatePct
            FROM runs WHERE started_at_ms >= @SinceMs AND status <> 'Running'
            GROUP BY 1 ORDER BY 1 DESC
            """;
        var since = time.GetUtcNow().AddDays(-days).ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<DayRow>(new CommandDefinition(sql, new { SinceMs = since }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => new DailySuccess(
            DateOnly.ParseExact(r.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture), r.TotalRuns, r.PassedRuns, r.FailedRuns, r.SuccessRatePct))];
    }

    public async Task<IReadOnlyList<RunInsight>> GetRecentRunsAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        const string sql = """
            SELECT r.run_id AS RunId, r.requirement_name AS RequirementName, r.status AS Status, r.started_at_ms AS StartedAtMs,
                   r.finished_at_ms AS FinishedAtMs,
                   (SELECT count(*) FROM run_steps s WHERE s.run_id = r.run_id) AS StepsTotal,
                   (SELECT count(*) FROM run_steps s WHERE s.run_id = r.run_id AND s.origin LIKE 'Cache%') AS StepsFromCache,
                   (SELECT count(*) FROM run_steps s WHERE s.run_id = r.run_id AND s.origin = 'Discovery') AS StepsDiscovered,
                   (SELECT count(*) FROM run_steps s WHERE s.run_id = r.run_id AND s.origin = 'Heal') AS StepsHealed,
                   (SELECT count(*) FROM heal_history h WHERE h.run_id = r.run_id) AS HealEvents
            FROM runs r ORDER BY r.started_at_ms DESC, r.run_id DESC LIMIT @Limit
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<RunRow>(new CommandDefinition(sql, new { Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => new RunInsight(
            r.RunId, r.RequirementName, Enum.Parse<RunState>(r.Status), DateTimeOffset.FromUnixTimeMilliseconds(r.StartedAtMs),
            r.FinishedAtMs is { } f ? DateTimeOffset.FromUnixTimeMilliseconds(f) : null, r.FinishedAtMs - r.StartedAtMs,
            r.StepsTotal, r.StepsFromCache, r.StepsDiscovered, r.StepsHealed, r.HealEvents))];
    }

    public async Task<IReadOnlyList<HealAttempt>> GetRecentHealsAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        const string sql = """
            SELECT run_id AS RunId, site AS Site, element_key AS ElementKey, strategy AS Strategy, success AS Success,
                   similarity AS Similarity, old_locator AS OldLocator, new_locator AS NewLocator, duration_ms AS DurationMs,
                   created_at_ms AS AtMs
            FROM heal_history ORDER BY created_at_ms DESC, id DESC LIMIT @Limit
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<HealRow>(new CommandDefinition(sql, new { Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => new HealAttempt(r.RunId, r.Site, r.ElementKey, r.Strategy, r.Success != 0, r.Similarity, r.OldLocator,
            r.NewLocator, r.DurationMs, DateTimeOffset.FromUnixTimeMilliseconds(r.AtMs)))];
    }

    // Rows of aggregates are classes with settable properties, not records: SQLite gives an aggregate's column no type
    // when there is no row, and Dapper matches a constructor by column types even for an empty result.
    private sealed class ScopeRow
    {
        public string Environment { get; set; } = "";

        public string Origin { get; set; } = "";

        public string PathPattern { get; set; } = "";

        public long Entries { get; set; }

        public long Hits { get; set; }

        public double AvgScore { get; set; }

        public long StaleEntries { get; set; }

        public long LastUsedAtMs { get; set; }
    }

    private sealed class StrategyRow
    {
        public string Strategy { get; set; } = "";

        public long Attempts { get; set; }

        public long Successes { get; set; }

        public double SuccessRatePct { get; set; }

        public long AvgDurationMs { get; set; }
    }

    private sealed class DayRow
    {
        public string Day { get; set; } = "";

        public long TotalRuns { get; set; }

        public long PassedRuns { get; set; }

        public long FailedRuns { get; set; }

        public double SuccessRatePct { get; set; }
    }

    private sealed class RunRow
    {
        public string RunId { get; set; } = "";

        public string RequirementName { get; set; } = "";

        public string Status { get; set; } = "";

        public long StartedAtMs { get; set; }

        public long? FinishedAtMs { get; set; }

        public long StepsTotal { get; set; }

        public long StepsFromCache { get; set; }

        public long StepsDiscovered { get; set; }

        public long StepsHealed { get; set; }

        public long HealEvents { get; set; }
    }

    private sealed record HealRow(
        string? RunId, string Site, string ElementKey, string Strategy, long Success, double? Similarity, string? OldLocator,
        string? NewLocator, long DurationMs, long AtMs);
}
