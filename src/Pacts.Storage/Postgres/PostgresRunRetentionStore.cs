using Dapper;
using Pacts.Storage.Runs;

namespace Pacts.Storage.Postgres;

/// <summary>
/// Run retention on Postgres. Both questions are asked only once the spool is written: a run still waiting there is a
/// run, and its folder must not look like one whose row is gone. While Postgres is unreachable they fail, and the job
/// tries again next interval.
/// </summary>
internal sealed class PostgresRunRetentionStore(PostgresDatabase database, SpoolingRunStore spooling) : IRunRetentionStore
{
    public async Task<IReadOnlyList<string>> DeleteFinishedRunsAsync(DateTimeOffset startedBefore, CancellationToken cancellationToken)
    {
        await WriteSpoolAsync(cancellationToken).ConfigureAwait(false);
        // The rule of cleanup_old_runs (db/migrations/0005), with the cutoff taken from the caller's clock and the ids
        // returned; steps and artifact rows go by cascade, heal history is unlinked.
        const string sql = "DELETE FROM runs WHERE started_at < @StartedBefore AND status <> 'Running' RETURNING run_id";
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var deleted = await connection.QueryAsync<string>(new CommandDefinition(
            sql, new { StartedBefore = startedBefore.UtcDateTime }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. deleted];
    }

    public async Task<IReadOnlySet<string>> FindRunsAsync(IReadOnlyCollection<string> runIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        if (runIds.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        await WriteSpoolAsync(cancellationToken).ConfigureAwait(false);
        const string sql = "SELECT run_id FROM runs WHERE run_id = ANY(@Ids)";
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var found = await connection.QueryAsync<string>(
            new CommandDefinition(sql, new { Ids = runIds.ToArray() }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new HashSet<string>(found, StringComparer.Ordinal);
    }

    private async Task WriteSpoolAsync(CancellationToken cancellationToken)
    {
        if (!await spooling.ReplayAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException("Postgres is unreachable and run records are still spooled; run retention waits for them.");
        }
    }
}
