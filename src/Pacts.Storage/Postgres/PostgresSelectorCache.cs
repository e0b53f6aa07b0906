using Dapper;
using Pacts.Storage.Runs;
using Pacts.Storage.Selectors;

namespace Pacts.Storage.Postgres;

/// <summary>
/// The selector cache's durable layer: one row per key in <c>selector_cache</c>. Every read counts as a use
/// (<c>last_used_at</c>, <c>hit_count</c>), which is what the retention job and <c>selector_cache_stats</c> go by.
/// </summary>
internal sealed class PostgresSelectorCache(PostgresDatabase database) : ISelectorCache
{
    public async Task<CacheHit?> GetAsync(SelectorKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        const string sql = """
            UPDATE selector_cache SET last_used_at = now(), hit_count = hit_count + 1
            WHERE environment = @Environment AND origin = @Origin AND path_pattern = @PathPattern AND element_key = @ElementKey
            RETURNING locator AS Locator, fingerprint AS Fingerprint, score AS Score, updated_at AS UpdatedAt
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            new CommandDefinition(sql, KeyParameters(key), cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is null
            ? null
            : new CacheHit(new CachedSelector(row.Locator, row.Fingerprint, row.Score, PostgresDatabase.FromTimestamp(row.UpdatedAt)), ElementOrigin.CachePostgres);
    }

    public async Task SetAsync(SelectorKey key, CachedSelector selector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(selector);
        const string sql = """
            INSERT INTO selector_cache (environment, origin, path_pattern, element_key, locator, fingerprint, score, updated_at)
            VALUES (@Environment, @Origin, @PathPattern, @ElementKey, @Locator, @Fingerprint, @Score, @UpdatedAt)
            ON CONFLICT (environment, origin, path_pattern, element_key) DO UPDATE SET
                locator = excluded.locator, fingerprint = excluded.fingerprint, score = excluded.score,
                updated_at = excluded.updated_at, last_used_at = now()
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            key.Environment,
            key.Origin,
            key.PathPattern,
            key.ElementKey,
            selector.Locator,
            selector.Fingerprint,
            selector.Score,
            UpdatedAt = selector.UpdatedAt.UtcDateTime,
        }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task RemoveAsync(SelectorKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        const string sql = """
            DELETE FROM selector_cache
            WHERE environment = @Environment AND origin = @Origin AND path_pattern = @PathPattern AND element_key = @ElementKey
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(sql, KeyParameters(key), cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private static object KeyParameters(SelectorKey key) => new { key.Environment, key.Origin, key.PathPattern, key.ElementKey };

    private sealed record Row(string Locator, string Fingerprint, double Score, DateTime UpdatedAt);
}
