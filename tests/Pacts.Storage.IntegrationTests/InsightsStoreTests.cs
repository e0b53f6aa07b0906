using Microsoft.Extensions.DependencyInjection;
using Pacts.Storage.Insights;
using Pacts.Storage.Selectors;

namespace Pacts.Storage.IntegrationTests;

/// <summary>The insights contract on the embedded store, and what only its clock can show: entries going stale.</summary>
public sealed class EmbeddedInsightsTests : InsightsContractTests, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-insights-").FullName;

    protected override Task<ServiceProvider> OpenAsync() => Task.FromResult(EmbeddedStoreTests.Open(_directory));

    [Fact]
    public async Task CacheStats_EntryUnusedForAWeek_IsStaleUntilItIsUsedAgain()
    {
        var time = new ManualTime();
        await using var caches = SelectorCaches.WithoutRedis();
        var key = new SelectorKey("default", "http://a.test", "/", "click|go|||");
        await using (var first = caches.Open(null, null, _directory, time: time))
        {
            await first.GetRequiredService<ISelectorCache>().SetAsync(key, new CachedSelector("role=button", "{}", 1, time.GetUtcNow()), TestContext.Current.CancellationToken);
        }

        time.Advance(TimeSpan.FromDays(InsightsQueries.StaleAfterDays) + TimeSpan.FromMinutes(1));
        await using var second = caches.Open(null, null, _directory, time: time);
        var insights = second.GetRequiredService<IInsightsStore>();
        var stale = Assert.Single((await insights.GetCacheStatsAsync(TestContext.Current.CancellationToken)).Scopes);
        await second.GetRequiredService<ISelectorCache>().GetAsync(key, TestContext.Current.CancellationToken);
        var used = Assert.Single((await insights.GetCacheStatsAsync(TestContext.Current.CancellationToken)).Scopes);

        Assert.Equal((1L, 0L), (stale.StaleEntries, stale.Hits));
        Assert.Equal((0L, 1L, time.GetUtcNow()), (used.StaleEntries, used.Hits, used.LastUsedAt));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

/// <summary>The insights contract on Postgres: the views and functions of db/migrations, through the service's registration.</summary>
public sealed class PostgresInsightsTests(MigratedDatabase database) : InsightsContractTests, IClassFixture<MigratedDatabase>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-pg-").FullName;
    private TemporaryDatabase? _emptied;

    protected override async Task<ServiceProvider> OpenAsync()
    {
        _emptied ??= await database.EmptyAsync();
        return MigratedDatabase.Open(_emptied.ConnectionString, _directory);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
