using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Pacts.Storage.Insights;
using Pacts.Storage.Selectors;
using StackExchange.Redis;
using StackExchange.Redis.KeyspaceIsolation;

namespace Pacts.Storage.Redis;

/// <summary>
/// The selector cache's fast layer: one string per key, the <see cref="CachedSelector"/> as JSON, expiring after
/// <see cref="SelectorCacheOptions.RedisTtl"/>. Failures surface as exceptions; <see cref="TieredSelectorCache"/>
/// decides what an outage means. Redis takes no cancellation token, so the caller's token bounds the wait instead.
/// </summary>
internal sealed class RedisSelectorCache(IConnectionMultiplexer multiplexer, IOptions<SelectorCacheOptions> options)
{
    private readonly IDatabase _database = Prefixed(multiplexer.GetDatabase(), options.Value.RedisKeyPrefix);

    /// <summary>Versioned, so a change of the stored shape only needs a new version, never a flush.</summary>
    public static RedisKey KeyFor(SelectorKey key) => "pacts:v1:selector:" + key;

    /// <summary>A counter under the seed's name.</summary>
    public static RedisKey CounterFor(string name) => "metrics:selector_cache:" + name;

    public async Task<CachedSelector?> GetAsync(SelectorKey key, CancellationToken cancellationToken)
    {
        var value = await _database.StringGetAsync(KeyFor(key)).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (value.IsNullOrEmpty)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize((string)value!, RedisJson.Default.CachedSelector);
        }
        catch (JsonException)
        {
            // Not what this version writes: a miss, which Postgres answers and the write-back replaces.
            return null;
        }
    }

    public Task SetAsync(SelectorKey key, CachedSelector selector, CancellationToken cancellationToken) =>
        _database.StringSetAsync(KeyFor(key), JsonSerializer.Serialize(selector, RedisJson.Default.CachedSelector), options.Value.RedisTtl)
            .WaitAsync(cancellationToken);

    public Task RemoveAsync(SelectorKey key, CancellationToken cancellationToken) =>
        _database.KeyDeleteAsync(KeyFor(key)).WaitAsync(cancellationToken);

    /// <summary>Fire and forget: a counter is never worth waiting for.</summary>
    public void Increment(string counter) =>
        _database.StringIncrement(CounterFor(counter), flags: CommandFlags.FireAndForget);

    /// <summary>The lookup counters as they stand; a counter never incremented reads 0.</summary>
    public async Task<CacheCounters> ReadCountersAsync(CancellationToken cancellationToken)
    {
        RedisKey[] keys =
        [
            CounterFor(SelectorCacheMetrics.HitRedis), CounterFor(SelectorCacheMetrics.HitPostgres),
            CounterFor(SelectorCacheMetrics.Miss), CounterFor(SelectorCacheMetrics.Drift),
        ];
        var values = await _database.StringGetAsync(keys).WaitAsync(cancellationToken).ConfigureAwait(false);
        var counts = values.Select(v => v.TryParse(out long count) ? count : 0).ToArray();
        return new CacheCounters(counts[0], counts[1], counts[2], counts[3]);
    }

    private static IDatabase Prefixed(IDatabase database, string prefix) =>
        string.IsNullOrEmpty(prefix) ? database : database.WithKeyPrefix(prefix);
}

[JsonSerializable(typeof(CachedSelector))]
internal sealed partial class RedisJson : JsonSerializerContext;
