using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Pacts.Storage.Healing;
using Pacts.Storage.Postgres;
using Pacts.Storage.Runs;
using Pacts.Tests;

namespace Pacts.Storage.IntegrationTests;

/// <summary>
/// Postgres stopped and started under a live run store: writes go to the spool and the run finishes, and the spool is
/// written, each record once (heal attempts included), when Postgres is back, by the same process or by the next one.
/// </summary>
public sealed class PostgresOutageTests(PostgresServerProcess server) : IClassFixture<PostgresServerProcess>, IDisposable
{
    private static readonly TimeSpan ReplayTimeout = TimeSpan.FromSeconds(60);
    private static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeMilliseconds(1_780_000_000_000);
    private static readonly RunCounts Counts = new(1, 0, 3, 0);

    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-pg-spool-").FullName;
    private readonly string _runId = "outage-" + Guid.NewGuid().ToString("N")[..12];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunStore_PostgresStoppedMidRun_SpoolsThenWritesEachRecordOnceWhenBack()
    {
        await server.StartAsync();
        using var logs = new CapturedLogs();
        await using var services = Open(logs);
        var runs = services.GetRequiredService<IRunStore>();
        var spool = services.GetRequiredService<RunSpool>();
        var replay = services.GetServices<IHostedService>().OfType<RunSpoolReplay>().Single();
        await replay.StartAsync(Cancel);
        try
        {
            await runs.CreateRunAsync(NewRun(), Cancel);
            await runs.AddStepAsync(Step(1), Cancel);

            await server.StopAsync();

            await runs.AddStepAsync(Step(2), Cancel);
            await services.GetRequiredService<IHealHistoryStore>().RecordAsync(Heal(), Cancel);
            await runs.AddStepAsync(Step(3), Cancel);
            await runs.FinishRunAsync(_runId, RunState.Passed, Counts, null, T0.AddSeconds(5), Cancel);
            var spooled = await spool.ReadAsync(Cancel);
            Assert.Equal([2, 3], spooled.Select(w => w.Step?.StepIndex).OfType<int>());
            Assert.Equal(_runId, Assert.Single(spooled, w => w.Finish is not null).Finish!.RunId);
            Assert.Single(logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("Postgres is unreachable", StringComparison.Ordinal));

            await server.StartAsync();

            await AssertWrittenOnceAsync();
            Assert.True(spool.IsEmpty, "the spool was not cleared after it was written");
        }
        finally
        {
            await replay.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task RunStore_RecordsSpooledByAnEarlierProcess_AreWrittenByTheNextWhenPostgresIsBack()
    {
        await server.StartAsync();
        await server.StopAsync();
        await using (var earlier = Open(logs: null))
        {
            var runs = earlier.GetRequiredService<IRunStore>();
            await runs.CreateRunAsync(NewRun(), Cancel);
            foreach (var index in new[] { 1, 2, 3 })
            {
                await runs.AddStepAsync(Step(index), Cancel);
            }

            await earlier.GetRequiredService<IHealHistoryStore>().RecordAsync(Heal(), Cancel);
            await runs.FinishRunAsync(_runId, RunState.Passed, Counts, null, T0.AddSeconds(5), Cancel);
            Assert.Equal(6, (await earlier.GetRequiredService<RunSpool>().ReadAsync(Cancel)).Count);
        }

        await server.StartAsync();
        await using var next = Open(logs: null);
        var replay = next.GetServices<IHostedService>().OfType<RunSpoolReplay>().Single();
        await replay.StartAsync(Cancel);
        try
        {
            await AssertWrittenOnceAsync();
            Assert.True(next.GetRequiredService<RunSpool>().IsEmpty, "the spool was not cleared after it was written");
        }
        finally
        {
            await replay.StopAsync(CancellationToken.None);
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private ServiceProvider Open(ILoggerProvider? logs)
    {
        var services = new ServiceCollection();
        if (logs is not null)
        {
            services.AddLogging(builder => builder.AddProvider(logs));
        }

        return services.AddPactsStorage(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = server.ConnectionString,
            ["Storage:DataDirectory"] = _directory,
        }).Build()).BuildServiceProvider();
    }

    /// <summary>Waits for the finished run to reach Postgres, then checks it and that each step is there once.</summary>
    private async Task AssertWrittenOnceAsync()
    {
        // A data source of the test's own, opened after the restart, so its connections are not the ones the stop broke.
        await using var postgres = NpgsqlDataSource.Create(server.ConnectionString);
        var waited = Stopwatch.StartNew();
        while (await StatusAsync(postgres) != nameof(RunState.Passed))
        {
            Assert.True(waited.Elapsed < ReplayTimeout, $"the spooled run was not written within {ReplayTimeout}");
            // Polled: the replay runs on its own retry schedule, which is part of what is under test.
            await Task.Delay(200, Cancel);
        }

        await using var connection = await postgres.OpenConnectionAsync(Cancel);
        var steps = await connection.QueryAsync<(int StepIndex, long Copies)>(
            "SELECT step_index, count(*) FROM run_steps WHERE run_id = @RunId GROUP BY step_index ORDER BY step_index", new { RunId = _runId });
        Assert.Equal([(1, 1L), (2, 1L), (3, 1L)], steps);
        var run = await connection.QuerySingleAsync<(int StepsPassed, DateTime FinishedAt)>(
            "SELECT steps_passed, finished_at FROM runs WHERE run_id = @RunId", new { RunId = _runId });
        Assert.Equal((3, T0.AddSeconds(5).UtcDateTime), run);
        var heals = await connection.QueryAsync<(string Strategy, bool Success, DateTime At)>(
            "SELECT strategy, success, created_at FROM heal_history WHERE run_id = @RunId", new { RunId = _runId });
        Assert.Equal(("rediscovery", true, T0.AddSeconds(2).UtcDateTime), Assert.Single(heals));
    }

    private async Task<string?> StatusAsync(NpgsqlDataSource postgres)
    {
        try
        {
            await using var connection = await postgres.OpenConnectionAsync(Cancel);
            return await connection.ExecuteScalarAsync<string?>("SELECT status FROM runs WHERE run_id = @RunId", new { RunId = _runId });
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // The new process has not migrated the fresh database yet.
            return null;
        }
    }

    private RunRecord NewRun() =>
        new(_runId, "checkout.txt", RunState.Running, T0, null, RunCounts.Zero, null, new Dictionary<string, string> { ["ci"] = "outage" });

    private HealAttempt Heal() =>
        new(_runId, "http://shop.test", "click|checkout|||", "rediscovery", true, 0.93, "role=button[name=\"Pay\"]", "text=Checkout", 40, T0.AddSeconds(2));

    private StepRecord Step(int index) =>
        new(_runId, 0, index, "click", $"Click step {index}", 3 + index, StepState.Passed, ElementOrigin.Discovery, "role=button", 12, null);
}
