using Dapper;
using Pacts.Storage.Healing;

namespace Pacts.Storage.Postgres;

/// <summary>Healing attempts in <c>heal_history</c>; <see cref="SpoolingRunStore"/> routes the writes through the spool.</summary>
internal sealed class PostgresHealHistoryStore(PostgresDatabase database) : IHealHistoryStore
{
    public async Task RecordAsync(HealAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        // Insert-if-absent on the attempt's own identity (run, element, strategy, moment), so a spool replay that was
        // interrupted before the spool was cleared writes nothing twice; the ix_heal_history_run_id index serves it.
        const string sql = """
            INSERT INTO heal_history
                (run_id, site, element_key, strategy, success, similarity, old_locator, new_locator, duration_ms, created_at)
            SELECT @RunId, @Site, @ElementKey, @Strategy, @Success, @Similarity, @OldLocator, @NewLocator, @DurationMs, @At
            WHERE NOT EXISTS (
                SELECT 1 FROM heal_history
                WHERE run_id IS NOT DISTINCT FROM @RunId AND site = @Site AND element_key = @ElementKey
                  AND strategy = @Strategy AND created_at = @At)
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            attempt.RunId,
            attempt.Site,
            attempt.ElementKey,
            attempt.Strategy,
            attempt.Success,
            attempt.Similarity,
            attempt.OldLocator,
            attempt.NewLocator,
            attempt.DurationMs,
            At = attempt.At.UtcDateTime,
        }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<StrategyHistory> GetStrategyHistoryAsync(string site, string elementKey, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT strategy AS Strategy, count(*) AS Attempts, count(*) FILTER (WHERE success) AS Successes
            FROM heal_history WHERE site = @Site AND element_key = @ElementKey
            GROUP BY strategy ORDER BY strategy;
            SELECT strategy AS Strategy, count(*) AS Attempts, count(*) FILTER (WHERE success) AS Successes
            FROM heal_history GROUP BY strategy ORDER BY strategy;
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            sql, new { Site = site, ElementKey = elementKey }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var forElement = await results.ReadAsync<StrategyTally>().ConfigureAwait(false);
        var global = await results.ReadAsync<StrategyTally>().ConfigureAwait(false);
        return new StrategyHistory([.. forElement], [.. global]);
    }
}
