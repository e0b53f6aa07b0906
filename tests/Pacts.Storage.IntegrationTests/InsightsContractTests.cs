using Microsoft.Extensions.DependencyInjection;
using Pacts.Storage.Healing;
using Pacts.Storage.Insights;
using Pacts.Storage.Runs;
using Pacts.Storage.Selectors;

namespace Pacts.Storage.IntegrationTests;

/// <summary>
/// One contract, two stores, for the insights: the embedded store's SQLite queries must answer as the Postgres views
/// and functions do, over rows written through the stores. Times are near the real now, which the views go by.
/// </summary>
public abstract class InsightsContractTests
{
    private readonly DateTimeOffset _now = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The stores as a process sees them; opening twice stands for a second process (or a restart).</summary>
    protected abstract Task<ServiceProvider> OpenAsync();

    internal static async Task WriteRunAsync(IRunStore runs, string id, DateTimeOffset started, RunState state, params ElementOrigin[] origins)
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

    private HealAttempt Heal(string strategy, bool success, long durationMs, int second, string site = "http://a.test") =>
        new("r1", site, "click|go||button|", strategy, success, success ? 0.9 : null, "role=button[name=\"Go\"]", success ? "text=Go" : null, durationMs, _now.AddSeconds(second));

    [Fact]
    public async Task RecentRuns_NewestFirstUpToTheLimit_WithWhereTheirElementsCameFrom()
    {
        await using var services = await OpenAsync();
        var runs = services.GetRequiredService<IRunStore>();
        await WriteRunAsync(runs, "r1", _now.AddMinutes(-5), RunState.Failed, ElementOrigin.Discovery, ElementOrigin.CacheRedis, ElementOrigin.CacheEmbedded, ElementOrigin.Heal);
        await WriteRunAsync(runs, "r2", _now, RunState.Running, ElementOrigin.CacheMemory);
        await services.GetRequiredService<IHealHistoryStore>().RecordAsync(Heal("rediscovery", true, 80, 0), Cancel);
        var insights = services.GetRequiredService<IInsightsStore>();

        var latest = Assert.Single(await insights.GetRecentRunsAsync(1, Cancel));
        var both = await insights.GetRecentRunsAsync(5, Cancel);

        Assert.Equal(new RunInsight("r2", "r2.txt", RunState.Running, _now, null, null, 1, 1, 0, 0, 0), latest);
        Assert.Equal(["r2", "r1"], both.Select(r => r.RunId));
        Assert.Equal(
            new RunInsight("r1", "r1.txt", RunState.Failed, _now.AddMinutes(-5), _now.AddMinutes(-5).AddMilliseconds(1500), 1500, 4, 2, 1, 1, 1),
            both[1]);
    }

    [Fact]
    public async Task DailySuccess_FinishedRunsOfTwoDays_OneRowPerDayNewestFirstWithoutRunningOrOldRuns()
    {
        await using var services = await OpenAsync();
        var runs = services.GetRequiredService<IRunStore>();
        var today = new DateTimeOffset(_now.UtcDateTime.Date, TimeSpan.Zero).AddMinutes(1);
        await WriteRunAsync(runs, "t1", today, RunState.Passed);
        await WriteRunAsync(runs, "t2", today, RunState.Failed);
        await WriteRunAsync(runs, "t3", today, RunState.Passed);
        await WriteRunAsync(runs, "t4", today, RunState.Running);
        await WriteRunAsync(runs, "y1", today.AddDays(-1), RunState.Cancelled);
        await WriteRunAsync(runs, "old", today.AddDays(-40), RunState.Passed);

        var days = await services.GetRequiredService<IInsightsStore>().GetDailySuccessAsync(30, Cancel);

        var date = DateOnly.FromDateTime(today.UtcDateTime);
        Assert.Equal([new DailySuccess(date, 3, 2, 1, 66.67), new DailySuccess(date.AddDays(-1), 1, 0, 1, 0)], days);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(InsightsQueries.MaxDays + 1)]
    public async Task DailySuccess_DaysOutOfRange_Throws(int days)
    {
        await using var services = await OpenAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => services.GetRequiredService<IInsightsStore>().GetDailySuccessAsync(days, Cancel));
    }

    [Fact]
    public async Task HealingByStrategy_AttemptsOnTwoSites_OneRowPerStrategyWithRateAndAverageTime()
    {
        await using var services = await OpenAsync();
        await WriteRunAsync(services.GetRequiredService<IRunStore>(), "r1", _now, RunState.Passed);
        var heals = services.GetRequiredService<IHealHistoryStore>();
        await heals.RecordAsync(Heal("rediscovery", true, 100, 1), Cancel);
        await heals.RecordAsync(Heal("rediscovery", true, 200, 2, site: "http://b.test"), Cancel);
        await heals.RecordAsync(Heal("rediscovery", false, 300, 3), Cancel);
        await heals.RecordAsync(Heal("text", false, 50, 4), Cancel);

        var strategies = await services.GetRequiredService<IInsightsStore>().GetHealingByStrategyAsync(Cancel);

        Assert.Equal([new StrategyStats("rediscovery", 3, 2, 66.67, 200), new StrategyStats("text", 1, 0, 0, 50)], strategies);
    }

    [Fact]
    public async Task RecentHeals_NewestFirstUpToTheLimit_AsRecorded()
    {
        await using var services = await OpenAsync();
        await WriteRunAsync(services.GetRequiredService<IRunStore>(), "r1", _now, RunState.Passed);
        var heals = services.GetRequiredService<IHealHistoryStore>();
        await heals.RecordAsync(Heal("rediscovery", false, 300, 1), Cancel);
        await heals.RecordAsync(Heal("rediscovery", true, 100, 2), Cancel);
        await heals.RecordAsync(Heal("text", true, 50, 3) with { RunId = null }, Cancel);

        var recent = await services.GetRequiredService<IInsightsStore>().GetRecentHealsAsync(2, Cancel);

        Assert.Equal([Heal("text", true, 50, 3) with { RunId = null }, Heal("rediscovery", true, 100, 2)], recent);
    }

    [Fact]
    public async Task CacheStats_EntriesOfTwoPages_OneRowPerPageWithTheLookupsTheStoreAnswered()
    {
        var login = new SelectorKey("default", "http://a.test", "/login", "input|username|||");
        await using (var first = await OpenAsync())
        {
            var cache = first.GetRequiredService<ISelectorCache>();
            await cache.SetAsync(login, new CachedSelector("label=Username", "{}", 0.9, _now), Cancel);
            await cache.SetAsync(login with { ElementKey = "click|log in||button|" }, new CachedSelector("role=button", "{}", 0.7, _now), Cancel);
            await cache.SetAsync(login with { PathPattern = "/cart/{n}" }, new CachedSelector("role=link", "{}", 1.0, _now), Cancel);
        }

        // A second process: its lookups reach the durable layer, which counts them.
        await using var second = await OpenAsync();
        Assert.NotNull(await second.GetRequiredService<ISelectorCache>().GetAsync(login, Cancel));
        var stats = await second.GetRequiredService<IInsightsStore>().GetCacheStatsAsync(Cancel);

        Assert.Equal(
            [("default", "http://a.test", "/cart/{n}", 1L, 0L, 1.0, 0L), ("default", "http://a.test", "/login", 2L, 1L, 0.8, 0L)],
            stats.Scopes.Select(s => (s.Environment, s.Origin, s.PathPattern, s.Entries, s.Hits, s.AvgScore, s.StaleEntries)));
        Assert.All(stats.Scopes, s => Assert.InRange(s.LastUsedAt!.Value, _now.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5)));
        Assert.Null(stats.Counters);
    }
}
