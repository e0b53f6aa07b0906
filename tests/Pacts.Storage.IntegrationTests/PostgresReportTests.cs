using Microsoft.Extensions.DependencyInjection;
using Pacts.Storage.Runs;

namespace Pacts.Storage.IntegrationTests;

/// <summary>The views and functions of db/migrations, over rows the stores (or, for tables without a store yet, SQL) just wrote.</summary>
public sealed class PostgresReportTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>, IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-pg-").FullName;
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
    private ServiceProvider? _services;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The emptied database and the run store on it.</summary>
    private async Task<(TemporaryDatabase Database, IRunStore Runs)> OpenAsync()
    {
        var database = await fixture.EmptyAsync();
        _services = MigratedDatabase.Open(database.ConnectionString, _directory);
        return (database, _services.GetRequiredService<IRunStore>());
    }

    private static async Task WriteRunAsync(IRunStore runs, string id, DateTimeOffset started, RunState state, params ElementOrigin[] origins)
    {
        await runs.CreateRunAsync(new RunRecord(id, id + ".txt", RunState.Running, started, null, RunCounts.Zero, null, new Dictionary<string, string>()), Cancel);
        for (var i = 0; i < origins.Length; i++)
        {
            await runs.AddStepAsync(new StepRecord(id, 0, i + 1, "click", "Click Go", i + 1, StepState.Passed, origins[i], "role=button", 10, null), Cancel);
        }

        if (state != RunState.Running)
        {
            await runs.FinishRunAsync(id, state, new RunCounts(1, 0, origins.Length, 0), null, started.AddMilliseconds(1500), Cancel);
        }
    }

    [Fact]
    public async Task RunSummary_RunJustWritten_HasItsTimesAndWhereItsElementsCameFrom()
    {
        var (database, runs) = await OpenAsync();
        var started = DateTimeOffset.FromUnixTimeMilliseconds(_now.ToUnixTimeMilliseconds());
        await WriteRunAsync(runs, "r1", started, RunState.Passed, ElementOrigin.Discovery, ElementOrigin.CacheRedis, ElementOrigin.CachePostgres, ElementOrigin.Heal);
        await database.ExecuteAsync("INSERT INTO heal_history (run_id, site, element_key, strategy, success) VALUES ('r1', 'http://a.test', 'k', 'role', true)");

        var row = Assert.Single(await database.QueryAsync<(string, string, DateTime, long, long, long, long, long, long)>("""
            SELECT run_id, status, start_time, duration_ms, steps_total, steps_from_cache, steps_discovered, steps_healed, heal_events
            FROM run_summary ORDER BY start_time DESC LIMIT 5
            """));

        Assert.Equal(("r1", "Passed", started.UtcDateTime, 1500L, 4L, 2L, 1L, 1L, 1L), row);
    }

    [Fact]
    public async Task SelectorCacheStats_EntriesOfTwoPages_OneRowPerPageWithItsHits()
    {
        var (database, _) = await OpenAsync();
        await database.ExecuteAsync("""
            INSERT INTO selector_cache (environment, origin, path_pattern, element_key, locator, fingerprint, score, hit_count, last_used_at)
            VALUES ('default', 'http://a.test', '/login', 'fill|username', 'l1', '{}', 0.9, 3, now()),
                   ('default', 'http://a.test', '/login', 'click|login', 'l2', '{}', 0.7, 5, now() - interval '8 days'),
                   ('default', 'http://a.test', '/cart', 'click|checkout', 'l3', '{}', 1.0, 0, now())
            """);

        var rows = await database.QueryAsync<(string, long, decimal, decimal, long)>(
            "SELECT path_pattern, entries, hit_count, avg_score, stale_entries FROM selector_cache_stats ORDER BY path_pattern");

        Assert.Equal([("/cart", 1L, 0m, 1.000m, 0L), ("/login", 2L, 8m, 0.800m, 1L)], rows);
    }

    [Fact]
    public async Task HealingSuccessRate_AttemptsPerStrategy_GivesEachItsRate()
    {
        var (database, runs) = await OpenAsync();
        await WriteRunAsync(runs, "r1", _now, RunState.Passed);
        await database.ExecuteAsync("""
            INSERT INTO heal_history (run_id, site, element_key, strategy, success, similarity, old_locator, new_locator, duration_ms)
            VALUES ('r1', 'http://a.test', 'k', 'role', true, 0.9, 'a', 'b', 100),
                   ('r1', 'http://a.test', 'k', 'role', true, 0.8, 'a', 'c', 200),
                   ('r1', 'http://a.test', 'k', 'role', false, 0.3, 'a', NULL, 300),
                   ('r1', 'http://a.test', 'k', 'text', false, NULL, 'a', NULL, 50)
            """);

        var rows = await database.QueryAsync<(string, long, long, decimal, long, decimal?)>(
            "SELECT strategy, attempts, success_count, success_rate_pct, avg_heal_time_ms, avg_similarity FROM healing_success_rate ORDER BY strategy");

        Assert.Equal([("role", 3L, 2L, 66.67m, 200L, 0.850m), ("text", 1L, 0L, 0m, 50L, null)], rows);
    }

    [Fact]
    public async Task GetDailySuccessRate_FinishedRunsOfTwoDays_OneRowPerDayWithoutRunningRuns()
    {
        var (database, runs) = await OpenAsync();
        var today = new DateTimeOffset(_now.UtcDateTime.Date, TimeSpan.Zero).AddHours(1);
        await WriteRunAsync(runs, "t1", today, RunState.Passed);
        await WriteRunAsync(runs, "t2", today, RunState.Failed);
        await WriteRunAsync(runs, "t3", today, RunState.Running);
        await WriteRunAsync(runs, "y1", today.AddDays(-1), RunState.Passed);
        await WriteRunAsync(runs, "old", today.AddDays(-40), RunState.Passed);

        var rows = await database.QueryAsync<(DateTime, long, long, decimal)>(
            "SELECT date, total_runs, passed_runs, success_rate FROM get_daily_success_rate(7)");

        Assert.Equal([(today.UtcDateTime.Date, 2L, 1L, 50m), (today.UtcDateTime.Date.AddDays(-1), 1L, 1L, 100m)], rows);
    }

    [Fact]
    public async Task CleanupOldRuns_RunsOlderThanTheDays_GoWithTheirStepsAndArtifacts()
    {
        var (database, runs) = await OpenAsync();
        await WriteRunAsync(runs, "old1", _now.AddDays(-40), RunState.Passed, ElementOrigin.Discovery);
        await WriteRunAsync(runs, "old2", _now.AddDays(-31), RunState.Failed, ElementOrigin.Discovery);
        await WriteRunAsync(runs, "new", _now.AddDays(-1), RunState.Passed, ElementOrigin.Discovery);
        await database.ExecuteAsync("""
            INSERT INTO artifacts (run_id, name, kind, path, size_bytes) VALUES ('old1', 'trace.zip', 'trace', 'old1/trace.zip', 10), ('new', 'trace.zip', 'trace', 'new/trace.zip', 10);
            INSERT INTO heal_history (run_id, site, element_key, strategy, success) VALUES ('old1', 'http://a.test', 'k', 'role', true);
            """);

        var deleted = await database.ScalarAsync<int>("SELECT cleanup_old_runs(30)");

        Assert.Equal(2, deleted);
        Assert.Equal(["new"], await database.QueryAsync<string>("SELECT run_id FROM runs"));
        Assert.Equal(["new"], await database.QueryAsync<string>("SELECT DISTINCT run_id FROM run_steps"));
        Assert.Equal(["new"], await database.QueryAsync<string>("SELECT run_id FROM artifacts"));
        Assert.Equal([(string?)null], await database.QueryAsync<string?>("SELECT run_id FROM heal_history"));
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT cleanup_old_runs(30)"));
    }

    [Fact]
    public async Task CleanupSelectorCache_EntriesUnusedForTheDays_AreDeleted()
    {
        var (database, _) = await OpenAsync();
        await database.ExecuteAsync("""
            INSERT INTO selector_cache (environment, origin, path_pattern, element_key, locator, fingerprint, score, last_used_at)
            VALUES ('default', 'http://a.test', '/', 'used', 'l', '{}', 1, now() - interval '6 days'),
                   ('default', 'http://a.test', '/', 'stale', 'l', '{}', 1, now() - interval '8 days')
            """);

        Assert.Equal(1, await database.ScalarAsync<int>("SELECT cleanup_selector_cache(7)"));
        Assert.Equal(["used"], await database.QueryAsync<string>("SELECT element_key FROM selector_cache"));
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }
}
