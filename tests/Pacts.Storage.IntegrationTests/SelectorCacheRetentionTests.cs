using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pacts.Storage.Postgres;
using Pacts.Storage.Selectors;

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
