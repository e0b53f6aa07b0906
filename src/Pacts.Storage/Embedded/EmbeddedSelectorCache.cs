using System.Collections.Concurrent;
using Dapper;
using Pacts.Storage.Runs;
using Pacts.Storage.Selectors;

namespace Pacts.Storage.Embedded;

/// <summary>
/// The zero-setup selector cache: an in-process dictionary in front, written through to the SQLite file so that a
/// later process (the next CLI run) still replays without discovery. Like Postgres, the file counts the lookups it
/// answers and when each entry was last used (<c>selector_cache_usage</c>); memory hits, like Redis hits, are not counted.
/// </summary>
internal sealed class EmbeddedSelectorCache(SqliteDatabase database, TimeProvider? time = null) : ISelectorCache
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    private readonly ConcurrentDictionary<string, CachedSelector> _memory = new(StringComparer.Ordinal);
    private long _drift;

    /// <summary>Hits the resolver could not trust, since this process started.</summary>
    public long DriftCount => Interlocked.Read(ref _drift);

    public async Task<CacheHit?> GetAsync(SelectorKey key, CancellationToken cancellationToken)
    {
        var cacheKey = key.ToString();
        if (_memory.TryGetValue(cacheKey, out var hit))
        {
            return new CacheHit(hit, ElementOrigin.CacheMemory);
        }

        const string sql = """
            SELECT locator AS Locator, fingerprint AS Fingerprint, score AS Score, updated_at_ms AS UpdatedAtMs
            FROM selector_cache WHERE cache_key = @CacheKey
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            new CommandDefinition(sql, new { CacheKey = cacheKey }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        const string used = """
            INSERT INTO selector_cache_usage (cache_key, hit_count, last_used_at_ms) VALUES (@CacheKey, 1, @NowMs)
            ON CONFLICT (cache_key) DO UPDATE SET hit_count = hit_count + 1, last_used_at_ms = excluded.last_used_at_ms
            """;
        await connection.ExecuteAsync(new CommandDefinition(
            used, new { CacheKey = cacheKey, NowMs = _time.GetUtcNow().ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var selector = new CachedSelector(row.Locator, row.Fingerprint, row.Score, DateTimeOffset.FromUnixTimeMilliseconds(row.UpdatedAtMs));
        _memory[cacheKey] = selector;
        return new CacheHit(selector, ElementOrigin.CacheEmbedded);
    }

    public async Task SetAsync(SelectorKey key, CachedSelector selector, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO selector_cache (cache_key, locator, fingerprint, score, updated_at_ms)
            VALUES (@CacheKey, @Locator, @Fingerprint, @Score, @UpdatedAtMs)
            ON CONFLICT (cache_key) DO UPDATE SET locator = excluded.locator, fingerprint = excluded.fingerprint,
                score = excluded.score, updated_at_ms = excluded.updated_at_ms;
            INSERT INTO selector_cache_usage (cache_key, hit_count, last_used_at_ms) VALUES (@CacheKey, 0, @NowMs)
            ON CONFLICT (cache_key) DO UPDATE SET last_used_at_ms = excluded.last_used_at_ms
            """;
        var cacheKey = key.ToString();
        await using (var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, new
            {
                CacheKey = cacheKey,
                selector.Locator,
                selector.Fingerprint,
                selector.Score,
                UpdatedAtMs = selector.UpdatedAt.ToUnixTimeMilliseconds(),
                NowMs = _time.GetUtcNow().ToUnixTimeMilliseconds(),
            }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        _memory[cacheKey] = selector;
    }

    public async Task RemoveAsync(SelectorKey key, CancellationToken cancellationToken)
    {
        var cacheKey = key.ToString();
        _memory.TryRemove(cacheKey, out _);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM selector_cache WHERE cache_key = @CacheKey", new { CacheKey = cacheKey }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public Task RecordDriftAsync(SelectorKey key, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _drift);
        return Task.CompletedTask;
    }

    private sealed record Row(string Locator, string Fingerprint, double Score, long UpdatedAtMs);
}
