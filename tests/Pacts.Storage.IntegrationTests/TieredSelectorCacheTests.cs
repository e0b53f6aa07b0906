using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pacts.Storage.Insights;
using Pacts.Storage.Redis;
using Pacts.Storage.Runs;
using Pacts.Storage.Selectors;
using Pacts.Tests;
using StackExchange.Redis;

namespace Pacts.Storage.IntegrationTests;

/// <summary>Redis in front of Postgres: write-through, write-back on a Redis miss, expiry, and the counters.</summary>
public sealed class TieredSelectorCacheTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IAsyncDisposable
{
    private static readonly SelectorKey Key = SelectorCacheContractTests.Login;
    private static readonly CachedSelector Entry = SelectorCacheContractTests.Entry;

    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-tiered-").FullName;
    private SelectorCaches? _caches;
    private TemporaryDatabase? _emptied;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<ServiceProvider> OpenAsync(IDictionary<string, string?>? settings = null)
    {
        _emptied = await database.EmptyAsync();
        var redis = Infrastructure.RequireRedis();
        _caches = SelectorCaches.WithRedis(redis);
        return _caches.Open(_emptied.ConnectionString, redis, _directory, settings: settings);
    }

    private RedisKey RedisKeyOf(SelectorKey key) => RedisSelectorCache.KeyFor(key).Prepend(_caches!.Prefix);

    [Fact]
    public async Task Get_RedisEntryGone_ReadsPostgresWritesBackThenServesRedis()
    {
        await using var services = await OpenAsync();
        var cache = services.GetRequiredService<ISelectorCache>();
        await cache.SetAsync(Key, Entry, Cancel);

        Assert.True(await _caches!.Redis.KeyDeleteAsync(RedisKeyOf(Key)));

        Assert.Equal(new CacheHit(Entry, ElementOrigin.CachePostgres), await cache.GetAsync(Key, Cancel));
        Assert.True(await _caches.Redis.KeyExistsAsync(RedisKeyOf(Key)));
        Assert.Equal(new CacheHit(Entry, ElementOrigin.CacheRedis), await cache.GetAsync(Key, Cancel));
    }

    [Fact]
    public async Task Set_WritesPostgresAndRedis_TheRedisEntryExpiresAfterTheConfiguredTtl()
    {
        await using var services = await OpenAsync(new Dictionary<string, string?> { ["SelectorCache:RedisTtl"] = "00:10:00" });

        await services.GetRequiredService<ISelectorCache>().SetAsync(Key, Entry, Cancel);

        var ttl = await _caches!.Redis.KeyTimeToLiveAsync(RedisKeyOf(Key));
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
        var stored = JsonSerializer.Deserialize<CachedSelector>((string)(await _caches.Redis.StringGetAsync(RedisKeyOf(Key)))!);
        Assert.Equal(Entry, stored);
        Assert.Equal(Entry.Locator, await _emptied!.ScalarAsync<string>(
            "SELECT locator FROM selector_cache WHERE environment = @Environment AND element_key = @ElementKey", new { Key.Environment, Key.ElementKey }));
    }

    [Fact]
    public async Task Remove_DeletesBothLayers()
    {
        await using var services = await OpenAsync();
        var cache = services.GetRequiredService<ISelectorCache>();
        await cache.SetAsync(Key, Entry, Cancel);

        await cache.RemoveAsync(Key, Cancel);

        Assert.False(await _caches!.Redis.KeyExistsAsync(RedisKeyOf(Key)));
        Assert.Equal(0, await _emptied!.ScalarAsync<long>("SELECT count(*) FROM selector_cache"));
    }

    [Fact]
    public async Task Lookups_OneOfEach_CountedInRedisUnderTheSeedNamesAndAsMetrics()
    {
        await using var services = await OpenAsync();
        var measurements = new List<(string Instrument, string? Result)>();
        using var listener = Listen(services.GetRequiredService<IMeterFactory>(), measurements);
        var cache = services.GetRequiredService<ISelectorCache>();

        await cache.GetAsync(Key, Cancel);
        await cache.SetAsync(Key, Entry, Cancel);
        await cache.GetAsync(Key, Cancel);
        await _caches!.Redis.KeyDeleteAsync(RedisKeyOf(Key));
        await cache.GetAsync(Key, Cancel);
        await cache.GetAsync(Key, Cancel);
        await cache.RecordDriftAsync(Key, Cancel);

        // Read through the cache's own connection: its fire-and-forget increments were sent before this read.
        var counters = services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
        var names = new[] { "cache_hit_redis", "cache_hit_postgres", "cache_miss", "drift" };
        var values = new List<long>();
        foreach (var name in names)
        {
            values.Add((long)await counters.StringGetAsync(_caches.Prefix + "metrics:selector_cache:" + name));
        }

        Assert.Equal([2L, 1L, 1L, 1L], values);
        Assert.Equal(
            [("pacts.selector_cache.lookups", "cache_miss"), ("pacts.selector_cache.lookups", "cache_hit_redis"),
             ("pacts.selector_cache.lookups", "cache_hit_postgres"), ("pacts.selector_cache.lookups", "cache_hit_redis"),
             ("pacts.selector_cache.drift", null)],
            measurements);
    }

    [Fact]
    public async Task CacheStats_WithRedis_CarryTheLiveCountersBesideThePostgresEntries()
    {
        await using var services = await OpenAsync();
        var cache = services.GetRequiredService<ISelectorCache>();
        await cache.GetAsync(Key, Cancel);
        await cache.SetAsync(Key, Entry, Cancel);
        await cache.GetAsync(Key, Cancel);
        await _caches!.Redis.KeyDeleteAsync(RedisKeyOf(Key));
        await cache.GetAsync(Key, Cancel);
        await cache.RecordDriftAsync(Key, Cancel);

        // The insights read the counters through the cache's own connection, after its fire-and-forget increments.
        var stats = await services.GetRequiredService<IInsightsStore>().GetCacheStatsAsync(Cancel);

        Assert.Equal(new CacheCounters(HitsRedis: 1, HitsPostgres: 1, Misses: 1, Drift: 1), stats.Counters);
        var scope = Assert.Single(stats.Scopes);
        Assert.Equal((Key.Origin, 1L, 1L), (scope.Origin, scope.Entries, scope.Hits));
    }

    private static MeterListener Listen(IMeterFactory factory, List<(string, string?)> measurements)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == StorageTelemetry.MeterName && instrument.Meter.Scope == factory)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            string? result = null;
            foreach (var tag in tags)
            {
                result = tag.Key == "result" ? tag.Value as string : result;
            }

            lock (measurements)
            {
                measurements.Add((instrument.Name, result));
            }
        });
        listener.Start();
        return listener;
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
