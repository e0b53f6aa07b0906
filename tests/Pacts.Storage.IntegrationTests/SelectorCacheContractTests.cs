using Microsoft.Extensions.DependencyInjection;
using Pacts.Storage.Runs;
using Pacts.Storage.Selectors;
using Pacts.Tests;

namespace Pacts.Storage.IntegrationTests;

/// <summary>
/// What every selector cache must do, run on the embedded cache, Postgres alone, and Redis in front of Postgres.
/// Each test starts empty.
/// </summary>
public abstract class SelectorCacheContractTests
{
    internal static readonly SelectorKey Login = new("default", "http://a.test", "/login", "click|login||button");

    internal static readonly CachedSelector Entry = new("{\"kind\":\"Role\"}", "{\"tag\":\"button\"}", 0.97, DateTimeOffset.FromUnixTimeMilliseconds(1_780_000_000_000));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Where a hit right after a store comes from.</summary>
    protected abstract ElementOrigin HitOrigin { get; }

    /// <summary>The stores as a process sees them; opening twice stands for a second process.</summary>
    protected abstract Task<ServiceProvider> OpenAsync();

    [Fact]
    public async Task Get_UnknownKey_ReturnsNull()
    {
        await using var services = await OpenAsync();

        Assert.Null(await services.GetRequiredService<ISelectorCache>().GetAsync(Login, Cancel));
    }

    [Fact]
    public async Task Get_AfterSet_ReturnsTheEntryFromTheFrontLayer()
    {
        await using var services = await OpenAsync();
        var cache = services.GetRequiredService<ISelectorCache>();

        await cache.SetAsync(Login, Entry, Cancel);

        Assert.Equal(new CacheHit(Entry, HitOrigin), await cache.GetAsync(Login, Cancel));
    }

    [Fact]
    public async Task Get_AfterSetInAnotherProcess_ReturnsTheEntry()
    {
        await using (var first = await OpenAsync())
        {
            await first.GetRequiredService<ISelectorCache>().SetAsync(Login, Entry, Cancel);
        }

        await using var second = await OpenAsync();

        Assert.Equal(Entry, (await second.GetRequiredService<ISelectorCache>().GetAsync(Login, Cancel))?.Selector);
    }

    [Fact]
    public async Task Set_SameKeyTwice_KeepsTheLast()
    {
        await using var services = await OpenAsync();
        var cache = services.GetRequiredService<ISelectorCache>();
        await cache.SetAsync(Login, Entry, Cancel);
        var replaced = Entry with { Locator = "{\"kind\":\"Css\"}", Score = 0.8, UpdatedAt = Entry.UpdatedAt.AddMinutes(5) };

        await cache.SetAsync(Login, replaced, Cancel);

        Assert.Equal(replaced, (await cache.GetAsync(Login, Cancel))?.Selector);
    }

    [Fact]
    public async Task Remove_OneKey_ForgetsItAndKeepsTheOthers()
    {
        await using var services = await OpenAsync();
        var cache = services.GetRequiredService<ISelectorCache>();
        var other = Login with { ElementKey = "fill|username||textbox" };
        await cache.SetAsync(Login, Entry, Cancel);
        await cache.SetAsync(other, Entry, Cancel);

        await cache.RemoveAsync(Login, Cancel);

        Assert.Null(await cache.GetAsync(Login, Cancel));
        Assert.Equal(Entry, (await cache.GetAsync(other, Cancel))?.Selector);
    }

    [Fact]
    public async Task Get_SameElementInAnotherEnvironmentOrPage_Misses()
    {
        await using var services = await OpenAsync();
        var cache = services.GetRequiredService<ISelectorCache>();
        await cache.SetAsync(Login, Entry, Cancel);

        Assert.Null(await cache.GetAsync(Login with { Environment = "production" }, Cancel));
        Assert.Null(await cache.GetAsync(Login with { Origin = "http://b.test" }, Cancel));
        Assert.Null(await cache.GetAsync(Login with { PathPattern = "/signup" }, Cancel));
    }

    [Fact]
    public async Task RecordDrift_KnownOrUnknownKey_Completes()
    {
        await using var services = await OpenAsync();
        var cache = services.GetRequiredService<ISelectorCache>();
        await cache.SetAsync(Login, Entry, Cancel);

        await cache.RecordDriftAsync(Login, Cancel);
        await cache.RecordDriftAsync(Login with { ElementKey = "unknown" }, Cancel);

        Assert.Equal(Entry, (await cache.GetAsync(Login, Cancel))?.Selector);
    }
}

/// <summary>The selector cache contract on the embedded cache.</summary>
public sealed class EmbeddedSelectorCacheContractTests : SelectorCacheContractTests, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-cache-").FullName;

    protected override ElementOrigin HitOrigin => ElementOrigin.CacheMemory;

    protected override Task<ServiceProvider> OpenAsync() => Task.FromResult(EmbeddedStoreTests.Open(_directory));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

/// <summary>The selector cache contract on Postgres alone (no Redis configured).</summary>
public sealed class PostgresSelectorCacheContractTests(MigratedDatabase database) : SelectorCacheContractTests, IClassFixture<MigratedDatabase>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-pgcache-").FullName;
    private TemporaryDatabase? _emptied;

    protected override ElementOrigin HitOrigin => ElementOrigin.CachePostgres;

    protected override async Task<ServiceProvider> OpenAsync()
    {
        _emptied ??= await database.EmptyAsync();
        return MigratedDatabase.Open(_emptied.ConnectionString, _directory);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}

/// <summary>The selector cache contract on Redis in front of Postgres, with a Redis key prefix per test.</summary>
public sealed class TieredSelectorCacheContractTests(MigratedDatabase database) : SelectorCacheContractTests, IClassFixture<MigratedDatabase>, IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-tiered-").FullName;
    private SelectorCaches? _caches;
    private TemporaryDatabase? _emptied;

    protected override ElementOrigin HitOrigin => ElementOrigin.CacheRedis;

    protected override async Task<ServiceProvider> OpenAsync()
    {
        _emptied ??= await database.EmptyAsync();
        var redis = Infrastructure.RequireRedis();
        _caches ??= SelectorCaches.WithRedis(redis);
        return _caches.Open(_emptied.ConnectionString, redis, _directory);
    }

    public async ValueTask DisposeAsync()
    {
        if (_caches is not null)
        {
            await _caches.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }
}
