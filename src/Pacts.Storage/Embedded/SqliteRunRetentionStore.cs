using Dapper;
using Pacts.Storage.Runs;

namespace Pacts.Storage.Embedded;

/// <summary>Run retention on the embedded SQLite file: the same rule as Postgres' <c>cleanup_old_runs</c>.</summary>
internal sealed class SqliteRunRetentionStore(SqliteDatabase database) : IRunRetentionStore
{
    // Well under SQLite's limit on parameters in one statement.
    private const int ChunkSize = 500;

    public async Task<IReadOnlyList<string>> DeleteFinishedRunsAsync(DateTimeOffset startedBefore, CancellationToken cancellationToken)
    {
        // Steps and artifact rows go by ON DELETE CASCADE, heal history is unlinked by ON DELETE SET NULL (foreign keys
        // are on for every connection the database opens).
        const string sql = "DELETE FROM runs WHERE started_at_ms < @StartedBeforeMs AND status <> 'Running' RETURNING run_id";
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var deleted = await connection.QueryAsync<string>(new CommandDefinition(
            sql, new { StartedBeforeMs = startedBefore.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. deleted];
    }

    public async Task<IReadOnlySet<string>> FindRunsAsync(IReadOnlyCollection<string> runIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (runIds.Count == 0)
        {
            return found;
        }

        const string sql = "SELECT run_id FROM runs WHERE run_id IN @Ids";
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in runIds.Chunk(ChunkSize))
        {
            found.UnionWith(await connection.QueryAsync<string>(
                new CommandDefinition(sql, new { Ids = chunk }, cancellationToken: cancellationToken)).ConfigureAwait(false));
        }

        return found;
    }
}
