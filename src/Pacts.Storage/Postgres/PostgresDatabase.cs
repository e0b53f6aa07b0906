using Microsoft.Extensions.Logging;
using Npgsql;

namespace Pacts.Storage.Postgres;

/// <summary>
/// The service's one <see cref="NpgsqlDataSource"/>, and the guarantee that the schema is migrated before any store
/// touches it: the first caller migrates, the others wait for it, and a failure is not remembered, so the next caller
/// tries again (Postgres may simply not be up yet).
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly MigrationRunner _migrations;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _migrated;

    public PostgresDatabase(string connectionString, ILoggerFactory loggerFactory)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.ApplicationName ??= "pacts";
        builder.UseLoggerFactory(loggerFactory);
        _dataSource = builder.Build();
        _migrations = new MigrationRunner(_dataSource, Migration.LoadEmbedded(), loggerFactory.CreateLogger<MigrationRunner>());
    }

    public bool IsMigrated => _migrated;

    /// <summary>A timestamptz as Npgsql reads it (a UTC <see cref="DateTime"/>) as the records carry it.</summary>
    public static DateTimeOffset FromTimestamp(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken).ConfigureAwait(false);
        return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies pending migrations unless this process already has; returns how many it applied.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        if (_migrated)
        {
            return 0;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_migrated)
            {
                return 0;
            }

            var applied = await _migrations.RunAsync(cancellationToken).ConfigureAwait(false);
            _migrated = true;
            return applied.Count;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }
}
