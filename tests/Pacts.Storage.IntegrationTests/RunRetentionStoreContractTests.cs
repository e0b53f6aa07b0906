using Microsoft.Extensions.DependencyInjection;
using Pacts.Storage.Artifacts;
using Pacts.Storage.Healing;
using Pacts.Storage.Runs;

namespace Pacts.Storage.IntegrationTests;

/// <summary>
/// One contract, two stores, for what the run retention job asks: which old runs are deleted (and which never are), and
/// which run ids the store knows. Run on the embedded store and on Postgres (the classes at the end of this file).
/// </summary>
public abstract class RunRetentionStoreContractTests
{
    private static readonly DateTimeOffset Cutoff = DateTimeOffset.FromUnixTimeMilliseconds(1_780_000_000_000);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The stores as a process sees them.</summary>
    protected abstract Task<ServiceProvider> OpenAsync();

    internal static async Task WriteRunAsync(ServiceProvider services, string runId, DateTimeOffset started, RunState state)
    {
        var runs = services.GetRequiredService<IRunStore>();
        await runs.CreateRunAsync(new RunRecord(runId, "login.txt", RunState.Running, started, null, RunCounts.Zero, null, new Dictionary<string, string>()), Cancel);
        await runs.AddStepAsync(new StepRecord(runId, 0, 1, "click", "Click Go", 3, StepState.Passed, ElementOrigin.Discovery, "role=button", 10, null), Cancel);
        await services.GetRequiredService<IArtifactStore>().AddAsync(
            new ArtifactRecord(runId, "report.html", "report", $"/artifacts/{runId}/report.html", 512, started.AddSeconds(2)), Cancel);
        if (state != RunState.Running)
        {
            await runs.FinishRunAsync(runId, state, new RunCounts(1, 0, 1, 0), null, started.AddSeconds(3), Cancel);
        }
    }

    [Fact]
    public async Task DeleteFinishedRuns_OldRecentAndRunning_DeletesOnlyTheOldFinishedWithTheirStepsAndArtifacts()
    {
        await using var services = await OpenAsync();
        await WriteRunAsync(services, "old-passed", Cutoff.AddDays(-10), RunState.Passed);
        await WriteRunAsync(services, "old-interrupted", Cutoff.AddMilliseconds(-1), RunState.Interrupted);
        await WriteRunAsync(services, "old-running", Cutoff.AddDays(-10), RunState.Running);
        await WriteRunAsync(services, "at-cutoff", Cutoff, RunState.Failed);
        await WriteRunAsync(services, "recent", Cutoff.AddDays(20), RunState.Passed);
        var retention = services.GetRequiredService<IRunRetentionStore>();

        var deleted = await retention.DeleteFinishedRunsAsync(Cutoff, Cancel);

        Assert.Equal(["old-interrupted", "old-passed"], deleted.Order(StringComparer.Ordinal));
        var runs = services.GetRequiredService<IRunStore>();
        var artifacts = services.GetRequiredService<IArtifactStore>();
        foreach (var gone in deleted)
        {
            Assert.Null(await runs.GetRunAsync(gone, Cancel));
            Assert.Empty(await runs.GetStepsAsync(gone, Cancel));
            Assert.Empty(await artifacts.ListAsync(gone, Cancel));
        }

        foreach (var kept in new[] { "old-running", "at-cutoff", "recent" })
        {
            Assert.NotNull(await runs.GetRunAsync(kept, Cancel));
            Assert.Single(await runs.GetStepsAsync(kept, Cancel));
            Assert.Single(await artifacts.ListAsync(kept, Cancel));
        }

        Assert.Empty(await retention.DeleteFinishedRunsAsync(Cutoff, Cancel));
    }

    [Fact]
    public async Task DeleteFinishedRuns_RunWithHealAttempts_KeepsTheAttemptsInTheHistory()
    {
        await using var services = await OpenAsync();
        await WriteRunAsync(services, "old", Cutoff.AddDays(-1), RunState.Passed);
        var heals = services.GetRequiredService<IHealHistoryStore>();
        await heals.RecordAsync(new HealAttempt("old", "http://a.test", "click|go", "text", true, 0.9, "a", "b", 40, Cutoff.AddDays(-1)), Cancel);

        Assert.Equal(["old"], await services.GetRequiredService<IRunRetentionStore>().DeleteFinishedRunsAsync(Cutoff, Cancel));

        var history = await heals.GetStrategyHistoryAsync("http://a.test", "click|go", Cancel);
        Assert.Equal([new StrategyTally("text", 1, 1)], history.ForElement);
    }

    [Fact]
    public async Task FindRuns_KnownUnknownAndManyIds_ReturnsTheKnownWhateverTheirState()
    {
        await using var services = await OpenAsync();
        await WriteRunAsync(services, "done", Cutoff, RunState.Passed);
        await WriteRunAsync(services, "running", Cutoff, RunState.Running);
        var retention = services.GetRequiredService<IRunRetentionStore>();
        // More ids than one statement takes on SQLite: the store asks in parts.
        var asked = Enumerable.Range(0, 1200).Select(i => $"unknown-{i}").Append("done").Prepend("running").ToList();

        var found = await retention.FindRunsAsync(asked, Cancel);

        Assert.Equal(["done", "running"], found.Order(StringComparer.Ordinal));
        Assert.Empty(await retention.FindRunsAsync([], Cancel));
        Assert.Empty(await retention.FindRunsAsync(["DONE", "don"], Cancel));
    }
}

/// <summary>The run retention contract on the embedded store.</summary>
public sealed class EmbeddedRunRetentionStoreTests : RunRetentionStoreContractTests, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-retention-store-").FullName;

    protected override Task<ServiceProvider> OpenAsync() => Task.FromResult(EmbeddedStoreTests.Open(_directory));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

/// <summary>The run retention contract on Postgres, through the same registration the service uses.</summary>
public sealed class PostgresRunRetentionStoreTests(MigratedDatabase database) : RunRetentionStoreContractTests, IClassFixture<MigratedDatabase>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-pg-").FullName;
    private TemporaryDatabase? _emptied;

    protected override async Task<ServiceProvider> OpenAsync()
    {
        _emptied ??= await database.EmptyAsync();
        return MigratedDatabase.Open(_emptied.ConnectionString, _directory);
    }

    [Fact]
    public async Task CleanupOldRuns_OldRunStillRunning_IsKeptAndTheFinishedOneGoes()
    {
        await using var services = await OpenAsync();
        var longAgo = DateTimeOffset.UtcNow.AddDays(-40);
        await WriteRunAsync(services, "old-running", longAgo, RunState.Running);
        await WriteRunAsync(services, "old-failed", longAgo, RunState.Failed);

        var deleted = await _emptied!.ScalarAsync<int>("SELECT cleanup_old_runs(30)");

        Assert.Equal(1, deleted);
        Assert.Equal(["old-running"], await _emptied.QueryAsync<string>("SELECT run_id FROM runs"));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
