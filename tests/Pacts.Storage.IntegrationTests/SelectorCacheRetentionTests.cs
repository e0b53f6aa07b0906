using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pacts.Storage.Postgres;
using Pacts.Storage.Selectors;
using Pacts.Tests;

namespace Pacts.Storage.IntegrationTests;

/// <summary>The retention job: entries not used for the retention period go, the others stay.</summary>
public sealed class SelectorCacheRetentionTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-retention-").FullName;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null, 1)]
    [InlineData("10", 0)]
    public async Task RunOnce_EntryUnusedForEightDays_RemovedOnlyWhenOlderThanTheRetentionDays(string? retentionDays, int expectedRemoved)
    {
        var emptied = await database.EmptyAsync();
        await using var caches = SelectorCaches.WithoutRedis();
        await using var services = caches.Open(emptied.ConnectionString, null, _directory, settings: new Dictionary<string, string?>
        {
            ["SelectorCache:RetentionDays"] = retentionDays,
        });
        var cache = services.GetRequiredService<ISelectorCache>();
        var stale = SelectorCacheContractTests.Login;
        var fresh = stale with { ElementKey = "fill|username||textbox" };
        await cache.SetAsync(stale, SelectorCacheContractTests.Entry, Cancel);
        await cache.SetAsync(fresh, SelectorCacheContractTests.Entry, Cancel);
        await emptied.ExecuteAsync("UPDATE selector_cache SET last_used_at = now() - interval '8 days' WHERE element_key = @ElementKey", new { stale.ElementKey });
        var retention = services.GetServices<IHostedService>().OfType<SelectorCacheRetention>().Single();

        var removed = await retention.RunOnceAsync(Cancel);

        Assert.Equal(expectedRemoved, removed);
        Assert.Equal(expectedRemoved == 0, await cache.GetAsync(stale, Cancel) is not null);
        Assert.NotNull(await cache.GetAsync(fresh, Cancel));
    }

    [Fact]
    public async Task Job_FirstPassFails_LogsAndRemovesTheStaleEntryOnTheNextInterval()
    {
        var emptied = await database.EmptyAsync();
        var time = new ManualTime();
        using var logs = new CapturedLogs();
        await using var caches = SelectorCaches.WithoutRedis();
        await using var services = caches.Open(emptied.ConnectionString, null, _directory, logs, time: time);
        var cache = services.GetRequiredService<ISelectorCache>();
        await cache.SetAsync(SelectorCacheContractTests.Login, SelectorCacheContractTests.Entry, Cancel);
        await emptied.ExecuteAsync("UPDATE selector_cache SET last_used_at = now() - interval '8 days'");
        await emptied.ExecuteAsync("ALTER FUNCTION cleanup_selector_cache(integer) RENAME TO cleanup_selector_cache_away");
        var job = services.GetServices<IHostedService>().OfType<SelectorCacheRetention>().Single();
        await job.StartAsync(Cancel);

        await UntilAsync(() => time.Advance(SelectorCacheRetention.FirstRunDelay), logs, "Selector cache retention failed");
        Assert.NotNull(await emptied.ScalarAsync<string>("SELECT locator FROM selector_cache"));
        await emptied.ExecuteAsync("ALTER FUNCTION cleanup_selector_cache_away(integer) RENAME TO cleanup_selector_cache");
        await UntilAsync(() => time.Advance(TimeSpan.FromHours(1)), logs, "Selector cache retention removed 1 entries");

        Assert.Equal(0, await emptied.ScalarAsync<long>("SELECT count(*) FROM selector_cache"));
        Assert.False(job.ExecuteTask!.IsCompleted);
        await job.StopAsync(Cancel);
    }

    // The job runs on its own thread once its timer fires: advance the clock until the pass shows in the log.
    private static async Task UntilAsync(Action advance, CapturedLogs logs, string line)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!logs.Lines.Any(l => l.Contains(line, StringComparison.Ordinal)))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15), $"no log line '{line}'");
            advance();
            await Task.Delay(20, Cancel);
        }
    }

    [Fact]
    public async Task Get_PostgresEntry_CountsAsAUse()
    {
        var emptied = await database.EmptyAsync();
        await using var caches = SelectorCaches.WithoutRedis();
        await using var services = caches.Open(emptied.ConnectionString, null, _directory);
        var cache = services.GetRequiredService<ISelectorCache>();
        await cache.SetAsync(SelectorCacheContractTests.Login, SelectorCacheContractTests.Entry, Cancel);
        await emptied.ExecuteAsync("UPDATE selector_cache SET last_used_at = now() - interval '8 days'");

        await cache.GetAsync(SelectorCacheContractTests.Login, Cancel);
        await cache.GetAsync(SelectorCacheContractTests.Login, Cancel);

        Assert.Equal(2, await emptied.ScalarAsync<long>("SELECT hit_count FROM selector_cache"));
        Assert.True(await emptied.ScalarAsync<bool>("SELECT last_used_at > now() - interval '1 minute' FROM selector_cache"));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
