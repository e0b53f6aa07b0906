using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Pacts.Storage.Postgres;
using Pacts.Tests;

namespace Pacts.Storage.IntegrationTests;

/// <summary>The migration runner against empty databases of its own, one per test.</summary>
public sealed class MigrationRunnerTests
{
    private static readonly IReadOnlyList<Migration> Embedded = Migration.LoadEmbedded();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static MigrationRunner Runner(NpgsqlDataSource dataSource, IReadOnlyList<Migration>? migrations = null) =>
        new(dataSource, migrations ?? Embedded, NullLogger.Instance);

    [Fact]
    public void LoadEmbedded_TheFilesOfDbMigrations_InVersionOrder()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "db", "migrations"), "*.sql").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(files, Embedded.Select(m => m.Name));
        Assert.Equal(Enumerable.Range(1, Embedded.Count), Embedded.Select(m => m.Version));
    }

    [Fact]
    public async Task Run_EmptyDatabase_AppliesEveryMigrationAndCreatesTheSchema()
    {
        await using var database = await TemporaryDatabase.CreateAsync();

        var applied = await Runner(database.DataSource).RunAsync(Cancel);

        Assert.Equal(Embedded, applied);
        Assert.Equal(Embedded.Select(m => (m.Version, m.Name, m.Checksum)), await database.QueryAsync<(int, string, string)>(
            "SELECT version, name, checksum FROM schema_migrations ORDER BY version"));
        var relations = await database.QueryAsync<string>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name COLLATE \"C\"");
        Assert.Equal(
            ["artifacts", "heal_history", "healing_success_rate", "metrics", "plans", "run_steps", "run_summary", "runs", "schema_migrations", "selector_cache", "selector_cache_stats"],
            relations);
        var functions = await database.QueryAsync<string>(
            "SELECT routine_name FROM information_schema.routines WHERE routine_schema = 'public' ORDER BY routine_name COLLATE \"C\"");
        Assert.Equal(["cleanup_old_runs", "cleanup_selector_cache", "get_daily_success_rate"], functions);
    }

    [Fact]
    public async Task Run_Twice_SecondRunAppliesNothing()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        await Runner(database.DataSource).RunAsync(Cancel);

        var second = await Runner(database.DataSource).RunAsync(Cancel);

        Assert.Empty(second);
        Assert.Equal(Embedded.Count, await database.ScalarAsync<long>("SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Run_NewMigrationAfterTheOthers_AppliesOnlyIt()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        await Runner(database.DataSource).RunAsync(Cancel);
        var next = Migration.Create($"{Embedded.Count + 1:D4}_add_note_to_runs.sql", "ALTER TABLE runs ADD COLUMN note text;");

        var applied = await Runner(database.DataSource, [.. Embedded, next]).RunAsync(Cancel);

        Assert.Equal([next], applied);
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM information_schema.columns WHERE table_name = 'runs' AND column_name = 'note'"));
    }

    [Fact]
    public async Task Run_FourRunnersAtOnce_EachMigrationAppliedOnce()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        // Separate data sources: four replicas, four connection pools.
        var sources = Enumerable.Range(0, 4).Select(_ => NpgsqlDataSource.Create(database.ConnectionString)).ToList();
        try
        {
            var results = await Task.WhenAll(sources.Select(source => Runner(source).RunAsync(Cancel)));

            Assert.Equal(Embedded, results.SelectMany(applied => applied).OrderBy(m => m.Version));
            Assert.Single(results, applied => applied.Count > 0);
            Assert.Equal(Embedded.Count, await database.ScalarAsync<long>("SELECT count(*) FROM schema_migrations"));
        }
        finally
        {
            foreach (var source in sources)
            {
                await source.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Run_AppliedMigrationEdited_RefusesWithTheMigrationsName()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        await Runner(database.DataSource).RunAsync(Cancel);
        var edited = Embedded.Select(m => m.Version == 2 ? Migration.Create(m.Name + ".sql", m.Sql + "\n-- edited\n") : m).ToList();

        var refused = await Assert.ThrowsAsync<MigrationChangedException>(() => Runner(database.DataSource, edited).RunAsync(Cancel));

        Assert.Contains(Embedded[1].Name, refused.Message, StringComparison.Ordinal);
        Assert.Contains("forward-only", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_LineEndingsChangedToCrLf_IsNotAnEdit()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        await Runner(database.DataSource).RunAsync(Cancel);
        var crlf = Embedded.Select(m => Migration.Create(m.Name + ".sql", m.Sql.ReplaceLineEndings("\r\n"))).ToList();

        Assert.Empty(await Runner(database.DataSource, crlf).RunAsync(Cancel));
    }

    [Fact]
    public async Task Run_FailingMigration_RollsBackItsTransactionAndRecordsNothing()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var broken = Migration.Create("0001_create_half.sql", "CREATE TABLE half (id integer); SELECT no_such_function();");

        await Assert.ThrowsAsync<PostgresException>(() => Runner(database.DataSource, [broken]).RunAsync(Cancel));

        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'half'"));
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM schema_migrations"));
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND d.datname = current_database()"));
    }
}
