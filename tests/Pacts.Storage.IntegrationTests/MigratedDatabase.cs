using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Pacts.Storage.Postgres;
using Pacts.Tests;

namespace Pacts.Storage.IntegrationTests;

/// <summary>
/// A class fixture: a fresh database with every migration applied, for one test class. Without a configured server
/// it stays empty and each test skips (or fails under CI=true) when it asks for the database.
/// </summary>
public sealed class MigratedDatabase : IAsyncLifetime
{
    private TemporaryDatabase? _database;

    public async ValueTask InitializeAsync()
    {
        if (Infrastructure.PostgresConnectionString is null)
        {
            return;
        }

        _database = await TemporaryDatabase.CreateAsync();
        await new MigrationRunner(_database.DataSource, Migration.LoadEmbedded(), NullLogger.Instance).RunAsync(CancellationToken.None);
    }

    /// <summary>The database with every table emptied, so each test starts from nothing.</summary>
    internal async Task<TemporaryDatabase> EmptyAsync()
    {
        Infrastructure.RequirePostgres();
        var database = _database ?? throw new InvalidOperationException("The database fixture did not initialise.");
        await database.ExecuteAsync("TRUNCATE runs, run_steps, artifacts, selector_cache, heal_history, metrics, plans RESTART IDENTITY");
        return database;
    }

    /// <summary>The stores as the service would register them for this database.</summary>
    internal static ServiceProvider Open(string connectionString, string dataDirectory) => new ServiceCollection()
        .AddPactsStorage(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = connectionString,
            ["Storage:DataDirectory"] = dataDirectory,
        }).Build())
        .BuildServiceProvider();

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
