using Dapper;
using Pacts.Storage.Healing;

namespace Pacts.Storage.Embedded;

/// <summary>Healing attempts in the embedded SQLite file.</summary>
internal sealed class SqliteHealHistoryStore(SqliteDatabase database) : IHealHistoryStore
{
    public async Task RecordAsync(HealAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        const string sql = """
            INSERT INTO heal_history
                (run_id, site, element_key, strategy, success, similarity, old_locator, new_locator, duration_ms, created_at_ms)
            VALUES (@RunId, @Site, @ElementKey, @Strategy, @Success, @Similarity, @OldLocator, @NewLocator, @DurationMs, @AtMs)
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
            AtMs = attempt.At.ToUnixTimeMilliseconds(),
        }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<StrategyHistory> GetStrategyHistoryAsync(string site, string elementKey, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT strategy AS Strategy, count(*) AS Attempts, sum(success) AS Successes
            FROM heal_history WHERE site = @Site AND element_key = @ElementKey
            GROUP BY strategy ORDER BY strategy;
            SELECT strategy AS Strategy, count(*) AS Attempts, sum(success) AS Successes
            FROM heal_history GROUP BY strategy ORDER BY strategy;
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            sql, new { Site = site, ElementKey = elementKey }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var forElement = await results.ReadAsync<TallyRow>().ConfigureAwait(false);
        var global = await results.ReadAsync<TallyRow>().ConfigureAwait(false);
        return new StrategyHistory([.. forElement.Select(r => r.ToRecord())], [.. global.Select(r => r.ToRecord())]);
    }

    // Settable properties, not a record: SQLite gives an aggregate's column no type when there is no row, and Dapper
    // matches a constructor by column types even for an empty result.
    private sealed class TallyRow
    {
        public string Strategy { get; set; } = "";

        public long Attempts { get; set; }

        public long Successes { get; set; }

        public StrategyTally ToRecord() => new(Strategy, Attempts, Successes);
    }
}
