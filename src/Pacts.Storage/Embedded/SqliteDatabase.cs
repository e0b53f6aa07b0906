using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Pacts.Storage.Embedded;

/// <summary>The embedded store's SQLite file: opens connections and creates the schema once.</summary>
internal sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly Lazy<Task> _schema;

    public SqliteDatabase(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        Path = System.IO.Path.Combine(dataDirectory, "pacts.db");
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Cache = SqliteCacheMode.Shared,
            DefaultTimeout = 30,
        }.ToString();
        _schema = new Lazy<Task>(CreateSchemaAsync);
    }

    public string Path { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await OpenRawAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private async Task CreateSchemaAsync()
    {
        await using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Pacts.Storage.Embedded.schema.sql")
            ?? throw new InvalidOperationException("The embedded schema resource is missing from Pacts.Storage.");
        using var reader = new StreamReader(stream);
        var sql = await reader.ReadToEndAsync().ConfigureAwait(false);
        await using var connection = await OpenRawAsync(CancellationToken.None).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
