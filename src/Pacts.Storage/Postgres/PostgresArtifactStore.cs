using Dapper;
using Pacts.Storage.Artifacts;

namespace Pacts.Storage.Postgres;

/// <summary>Run artifacts in <c>artifacts</c>, one row per run and name; <see cref="SpoolingRunStore"/> routes the writes through the spool.</summary>
internal sealed class PostgresArtifactStore(PostgresDatabase database) : IArtifactStore
{
    public async Task AddAsync(ArtifactRecord artifact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        const string sql = """
            INSERT INTO artifacts (run_id, name, kind, path, size_bytes, created_at)
            VALUES (@RunId, @Name, @Kind, @Path, @SizeBytes, @CreatedAt)
            ON CONFLICT (run_id, name) DO UPDATE SET
                kind = excluded.kind, path = excluded.path, size_bytes = excluded.size_bytes, created_at = excluded.created_at
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            artifact.RunId,
            artifact.Name,
            artifact.Kind,
            artifact.Path,
            artifact.SizeBytes,
            CreatedAt = artifact.CreatedAt.UtcDateTime,
        }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ArtifactRecord>> ListAsync(string runId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT run_id AS RunId, name AS Name, kind AS Kind, path AS Path, size_bytes AS SizeBytes, created_at AS CreatedAt
            FROM artifacts WHERE run_id = @RunId ORDER BY name
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>(
            new CommandDefinition(sql, new { RunId = runId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => new ArtifactRecord(r.RunId, r.Name, r.Kind, r.Path, r.SizeBytes, PostgresDatabase.FromTimestamp(r.CreatedAt)))];
    }

    private sealed record Row(string RunId, string Name, string Kind, string Path, long SizeBytes, DateTime CreatedAt);
}
