using Npgsql;
using Pacts.Tests;

namespace Pacts.EndToEndTests;

/// <summary>
/// <c>pacts demo --store postgres</c>, run as a process: it starts Postgres and Redis with scripts/services, runs the
/// example requirements twice on a local service using them, and the runs land in Postgres.
/// </summary>
// Both start a local service that serves the example sites on their fixed port (5180): one at a time.
[Collection("example sites port")]
public sealed class CliDemoTests
{
    [Fact]
    public async Task Demo_OnPostgres_PassesAndRecordsEveryRunInPostgres()
    {
        Infrastructure.RequireChromium();
        var connectionString = Infrastructure.RequirePostgres();
        var before = await CountRunsAsync(connectionString);
        var examples = Directory.GetFiles(RepoPaths.Requirements, "*.txt").Length;

        var result = await CliProcess.RunAsync(RepoPaths.Root, ["demo", "--store", "postgres"], timeout: TimeSpan.FromMinutes(5), cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("the demo runs on Postgres at 127.0.0.1:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{examples}/{examples} passed", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(before + (2 * examples), await CountRunsAsync(connectionString));
        // The seed's views read the runs just made: the second round's steps came from the cache.
        Assert.Equal(before + (2 * examples), await ScalarAsync(connectionString, "SELECT count(*) FROM run_summary"));
        Assert.True(await ScalarAsync(connectionString, "SELECT coalesce(sum(steps_from_cache), 0) FROM run_summary") > 0, "run_summary counts steps from the cache");
        // Redis answers the second round, so the Postgres rows count entries, not hits.
        Assert.True(await ScalarAsync(connectionString, "SELECT coalesce(sum(entries), 0) FROM selector_cache_stats") > 0, "selector_cache_stats lists the cached pages");
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Demo_StoreWithServer_IsRefused()
    {
        var result = await CliProcess.RunAsync(RepoPaths.Root, ["demo", "--store", "postgres", "--server", "http://127.0.0.1:1"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot be used with --server", result.Stderr, StringComparison.Ordinal);
    }

    // The database scripts/services made for the demo (the tests' own databases are separate).
    private static async Task<long> CountRunsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT to_regclass('public.runs') IS NOT NULL", connection);
        if (!(bool)(await exists.ExecuteScalarAsync())!)
        {
            return 0;
        }

        await using var count = new NpgsqlCommand("SELECT count(*) FROM runs", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
