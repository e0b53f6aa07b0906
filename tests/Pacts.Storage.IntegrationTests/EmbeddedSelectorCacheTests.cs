using Microsoft.Extensions.DependencyInjection;
using Pacts.Storage.Embedded;
using Pacts.Storage.Runs;
using Pacts.Storage.Selectors;

namespace Pacts.Storage.IntegrationTests;

/// <summary>The embedded selector cache: memory in front of the SQLite file.</summary>
public sealed class EmbeddedSelectorCacheTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-cache-").FullName;

    [Fact]
    public async Task SelectorCache_HitsMemoryThenTheFileAfterRestart_AndForgetsRemovedEntries()
    {
        var key = new SelectorKey("default", "http://a.test", "/login", "click|login||button");
        var entry = new CachedSelector("{\"kind\":\"Role\"}", "{\"tag\":\"button\"}", 0.97, DateTimeOffset.FromUnixTimeMilliseconds(1_780_000_000_000));
        await using (var first = EmbeddedStoreTests.Open(_directory))
        {
            var cache = first.GetRequiredService<ISelectorCache>();
            Assert.Null(await cache.GetAsync(key, TestContext.Current.CancellationToken));
            await cache.SetAsync(key, entry, TestContext.Current.CancellationToken);
            Assert.Equal(new CacheHit(entry, ElementOrigin.CacheMemory), await cache.GetAsync(key, TestContext.Current.CancellationToken));
        }

        await using var second = EmbeddedStoreTests.Open(_directory);
        var reopened = second.GetRequiredService<ISelectorCache>();
        Assert.Equal(new CacheHit(entry, ElementOrigin.CacheEmbedded), await reopened.GetAsync(key, TestContext.Current.CancellationToken));
        await reopened.RemoveAsync(key, TestContext.Current.CancellationToken);
        Assert.Null(await reopened.GetAsync(key, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RecordDrift_CountsInMemory()
    {
        await using var services = EmbeddedStoreTests.Open(_directory);
        var cache = Assert.IsType<EmbeddedSelectorCache>(services.GetRequiredService<ISelectorCache>());
        var key = new SelectorKey("default", "http://a.test", "/login", "click|login||button");

        await cache.RecordDriftAsync(key, TestContext.Current.CancellationToken);
        await cache.RecordDriftAsync(key, TestContext.Current.CancellationToken);

        Assert.Equal(2, cache.DriftCount);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
