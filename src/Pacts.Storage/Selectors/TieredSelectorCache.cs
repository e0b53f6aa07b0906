using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Pacts.Storage.Postgres;
using Pacts.Storage.Redis;
using Pacts.Storage.Runs;
using StackExchange.Redis;

namespace Pacts.Storage.Selectors;

/// <summary>
/// Redis in front of Postgres. A read tries Redis, then Postgres, writing a Postgres hit back to Redis; a store writes
/// Postgres (the record) and then Redis. Redis failing never fails a call: the cache carries on with Postgres, warns
/// once per outage, and uses Redis again as soon as a call through it succeeds (the multiplexer reconnects by itself).
/// Entries changed while Redis was away may be stale there until they expire; the resolver's fingerprint check turns
/// such a hit into drift and a fresh entry.
/// </summary>
internal sealed partial class TieredSelectorCache(
    RedisSelectorCache redis,
    PostgresSelectorCache postgres,
    SelectorCacheMetrics metrics,
    ILogger<TieredSelectorCache> logger) : ISelectorCache
{
    private int _redisDown;

    public async Task<CacheHit?> GetAsync(SelectorKey key, CancellationToken cancellationToken)
    {
        var (reachable, cached) = await TryRedisAsync(() => redis.GetAsync(key, cancellationToken)).ConfigureAwait(false);
        if (cached is not null)
        {
            Count(SelectorCacheMetrics.HitRedis);
            return new CacheHit(cached, ElementOrigin.CacheRedis);
        }

        var hit = await postgres.GetAsync(key, cancellationToken).ConfigureAwait(false);
        if (hit is null)
        {
            Count(SelectorCacheMetrics.Miss);
            return null;
        }

        Count(SelectorCacheMetrics.HitPostgres);
        if (reachable)
        {
            await TryRedisAsync(() => redis.SetAsync(key, hit.Selector, cancellationToken)).ConfigureAwait(false);
        }

        return hit;
    }

    public async Task SetAsync(SelectorKey key, CachedSelector selector, CancellationToken cancellationToken)
    {
        await postgres.SetAsync(key, selector, cancellationToken).ConfigureAwait(false);
        await TryRedisAsync(() => redis.SetAsync(key, selector, cancellationToken)).ConfigureAwait(false);
    }

    public async Task RemoveAsync(SelectorKey key, CancellationToken cancellationToken)
    {
        await postgres.RemoveAsync(key, cancellationToken).ConfigureAwait(false);
        await TryRedisAsync(() => redis.RemoveAsync(key, cancellationToken)).ConfigureAwait(false);
    }

    public Task RecordDriftAsync(SelectorKey key, CancellationToken cancellationToken)
    {
        metrics.Drifted();
        Increment(SelectorCacheMetrics.Drift);
        return Task.CompletedTask;
    }

    private void Count(string result)
    {
        metrics.Lookup(result);
        Increment(result);
    }

    private void Increment(string counter)
    {
        try
        {
            redis.Increment(counter);
        }
        catch (Exception exception) when (IsRedisFailure(exception))
        {
            Failed(exception);
        }
    }

    private async Task<(bool Reachable, T? Value)> TryRedisAsync<T>(Func<Task<T>> call)
    {
        try
        {
            var value = await call().ConfigureAwait(false);
            Succeeded();
            return (true, value);
        }
        catch (Exception exception) when (IsRedisFailure(exception))
        {
            Failed(exception);
            return (false, default);
        }
    }

    private async Task TryRedisAsync(Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
            Succeeded();
        }
        catch (Exception exception) when (IsRedisFailure(exception))
        {
            Failed(exception);
        }
    }

    // RedisTimeoutException is a TimeoutException, not a RedisException; a multiplexer disposed at shutdown throws
    // ObjectDisposedException. A cancelled call is not an outage and propagates.
    private static bool IsRedisFailure(Exception exception) =>
        exception is RedisException or TimeoutException or ObjectDisposedException;

    private void Failed(Exception exception)
    {
        Activity.Current?.AddEvent(new ActivityEvent("redis unavailable", tags: new ActivityTagsCollection
        {
            ["pacts.error"] = exception.GetType().Name,
        }));
        if (Interlocked.Exchange(ref _redisDown, 1) == 0)
        {
            LogRedisDown(logger, exception);
        }
    }

    private void Succeeded()
    {
        if (Volatile.Read(ref _redisDown) == 1 && Interlocked.Exchange(ref _redisDown, 0) == 1)
        {
            LogRedisBack(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unavailable; the selector cache reads and writes Postgres alone until it is back")]
    private static partial void LogRedisDown(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis is back; the selector cache uses it again")]
    private static partial void LogRedisBack(ILogger logger);
}
