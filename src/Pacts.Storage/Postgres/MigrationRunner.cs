using System.Data;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Pacts.Storage.Postgres;

/// <summary>
/// Applies the pending migrations of <c>db/migrations</c>, each in its own transaction, recording them in
/// <c>schema_migrations</c>. A session advisory lock makes replicas that start together take turns, so each migration
/// runs once. An applied migration whose file has changed stops everything: migrations are forward-only.
/// </summary>
internal sealed partial class MigrationRunner(NpgsqlDataSource dataSource, IReadOnlyList<Migration> migrations, ILogger logger)
{
    /// <summary>The advisory lock key: "pacts" in ASCII, so it is recognisable in pg_locks.</summary>
    public const long LockKey = 0x70_61_63_74_73;

    // A replica waits this long for another to finish migrating before it gives up (and its caller retries).
    private const int LockWaitSeconds = 120;

    public async Task<IReadOnlyList<Migration>> RunAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_lock(@Key)", new { Key = LockKey }, commandTimeout: LockWaitSeconds, cancellationToken: cancellationToken)).ConfigureAwait(false);
        try
        {
            return await ApplyPendingAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await UnlockAsync(connection).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<Migration>> ApplyPendingAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        const string createTable = """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    integer PRIMARY KEY,
                name       text        NOT NULL,
                checksum   text        NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """;
        await connection.ExecuteAsync(new CommandDefinition(createTable, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var applied = (await connection.QueryAsync<AppliedRow>(new CommandDefinition(
            "SELECT version AS Version, name AS Name, checksum AS Checksum FROM schema_migrations", cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToDictionary(row => row.Version);

        // Versions recorded but unknown here belong to a newer release (a rolling deploy): they are left alone.
        foreach (var migration in migrations)
        {
            if (applied.TryGetValue(migration.Version, out var row) && !string.Equals(row.Checksum, migration.Checksum, StringComparison.Ordinal))
            {
                throw new MigrationChangedException(migration, row.Checksum);
            }
        }

        var pending = migrations.Where(m => !applied.ContainsKey(m.Version)).ToList();
        foreach (var migration in pending)
        {
            await ApplyAsync(connection, migration, cancellationToken).ConfigureAwait(false);
            LogApplied(logger, migration.Name);
        }

        return pending;
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        const string record = "INSERT INTO schema_migrations (version, name, checksum) VALUES (@Version, @Name, @Checksum)";
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // A migration may take as long as it needs, but never waits forever behind another session's table lock.
        await connection.ExecuteAsync(new CommandDefinition(
            "SET LOCAL lock_timeout = '60s'", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            migration.Sql, transaction: transaction, commandTimeout: 0, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            record, new { migration.Version, migration.Name, migration.Checksum }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task UnlockAsync(NpgsqlConnection connection)
    {
        if (connection.FullState != ConnectionState.Open)
        {
            return; // A broken connection's session is gone, and its lock with it.
        }

        try
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@Key)", new { Key = LockKey })).ConfigureAwait(false);
        }
        catch (NpgsqlException)
        {
            // Failing here means the connection broke, which ends the session and releases the lock too.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Migration}")]
    private static partial void LogApplied(ILogger logger, string migration);

    private sealed record AppliedRow(int Version, string Name, string Checksum);
}

/// <summary>An applied migration's file no longer matches what was applied: the service refuses to start.</summary>
internal sealed class MigrationChangedException(Migration migration, string appliedChecksum) : InvalidOperationException(
    $"Migration {migration.Name} was changed after it was applied (checksum applied {Short(appliedChecksum)}, file " +
    $"{Short(migration.Checksum)}). Migrations are forward-only: restore the file and add a new migration instead.")
{
    private static string Short(string checksum) => checksum.Length > 12 ? checksum[..12] + "…" : checksum;
}
