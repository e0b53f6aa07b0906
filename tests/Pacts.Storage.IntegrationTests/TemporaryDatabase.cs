using Dapper;
using Npgsql;
using Pacts.Tests;

namespace Pacts.Storage.IntegrationTests;

/// <summary>
/// A database of its own on the server <c>ConnectionStrings__Postgres</c> names, created empty and dropped on dispose,
/// so test classes running in parallel never see each other's rows.
/// </summary>
internal sealed class TemporaryDatabase : IAsyncDisposable
{
    private readonly string _server;

    private TemporaryDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        DataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>For the tests' own queries and for runners under test.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>Skips (or, under CI=true, fails) the calling test when no server is configured.</summary>
    public static async Task<TemporaryDatabase> CreateAsync()
    {
        var server = Infrastructure.RequirePostgres();
        var database = new TemporaryDatabase(server, "pacts_test_" + Guid.NewGuid().ToString("N")[..16]);
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        // The name is ours (hex digits), and CREATE DATABASE takes no parameters.
        await connection.ExecuteAsync($"CREATE DATABASE {database.Name}");
        return database;
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    public async Task<int> ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return await connection.ExecuteAsync(sql, parameters);
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<T>(sql, parameters)];
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await connection.ExecuteAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }
}
