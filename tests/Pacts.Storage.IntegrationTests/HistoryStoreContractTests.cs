using Microsoft.Extensions.DependencyInjection;
using Pacts.Storage.Artifacts;
using Pacts.Storage.Healing;
using Pacts.Storage.Metrics;
using Pacts.Storage.Runs;

namespace Pacts.Storage.IntegrationTests;

/// <summary>
/// One contract, two stores, for what a run leaves beside its steps: heal history, artifacts and metrics. Run on the
/// embedded store and on Postgres (the classes at the end of this file); each test starts empty.
/// </summary>
public abstract class HistoryStoreContractTests
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeMilliseconds(1_780_000_000_000);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The stores as a process sees them; opening twice stands for a second process (or a restart).</summary>
    protected abstract Task<ServiceProvider> OpenAsync();

    private static async Task CreateRunAsync(ServiceProvider services, string runId) =>
        await services.GetRequiredService<IRunStore>().CreateRunAsync(
            new RunRecord(runId, "login.txt", RunState.Running, T0, null, RunCounts.Zero, null, new Dictionary<string, string>()), Cancel);

    private static HealAttempt Heal(string site, string element, string strategy, bool success, int second = 0) =>
        new("r1", site, element, strategy, success, success ? 0.91 : null, "role=button[name=\"Go\"]", success ? "text=Go" : null, 120, T0.AddSeconds(second));

    [Fact]
    public async Task StrategyHistory_AttemptsOnSeveralElements_CountsPerStrategyForTheElementAndGlobally()
    {
        await using (var first = await OpenAsync())
        {
            await CreateRunAsync(first, "r1");
            var heals = first.GetRequiredService<IHealHistoryStore>();
            await heals.RecordAsync(Heal("http://a.test", "click|go", "rediscovery", true, 1), Cancel);
            await heals.RecordAsync(Heal("http://a.test", "click|go", "rediscovery", false, 2), Cancel);
            await heals.RecordAsync(Heal("http://a.test", "click|go", "text", true, 3), Cancel);
            await heals.RecordAsync(Heal("http://a.test", "input|name", "rediscovery", false, 4), Cancel);
            await heals.RecordAsync(Heal("http://b.test", "click|go", "text", false, 5), Cancel);
        }

        await using var second = await OpenAsync();
        var history = await second.GetRequiredService<IHealHistoryStore>().GetStrategyHistoryAsync("http://a.test", "click|go", Cancel);

        Assert.Equal([new StrategyTally("rediscovery", 2, 1), new StrategyTally("text", 1, 1)], history.ForElement);
        Assert.Equal([new StrategyTally("rediscovery", 3, 1), new StrategyTally("text", 2, 1)], history.Global);
        Assert.Equal(1.0 / 3, history.Global[0].SuccessRate, 6);
    }

    [Fact]
    public async Task StrategyHistory_ElementNeverHealed_IsEmptyForTheElement()
    {
        await using var services = await OpenAsync();
        await CreateRunAsync(services, "r1");
        var heals = services.GetRequiredService<IHealHistoryStore>();
        await heals.RecordAsync(Heal("http://a.test", "click|go", "rediscovery", true), Cancel);

        var history = await heals.GetStrategyHistoryAsync("http://a.test", "click|other", Cancel);

        Assert.Empty(history.ForElement);
        Assert.Equal([new StrategyTally("rediscovery", 1, 1)], history.Global);
    }

    [Fact]
    public async Task Artifacts_AddedToTwoRuns_AreListedPerRunByNameAndTheSameNameReplaces()
    {
        await using (var first = await OpenAsync())
        {
            await CreateRunAsync(first, "r1");
            await CreateRunAsync(first, "r2");
            var artifacts = first.GetRequiredService<IArtifactStore>();
            await artifacts.AddAsync(new ArtifactRecord("r1", "trace.zip", "trace", "r1/trace.zip", 2048, T0), Cancel);
            await artifacts.AddAsync(new ArtifactRecord("r1", "report.html", "report", "r1/old.html", 10, T0), Cancel);
            await artifacts.AddAsync(new ArtifactRecord("r2", "trace.zip", "trace", "r2/trace.zip", 99, T0), Cancel);
            await artifacts.AddAsync(new ArtifactRecord("r1", "report.html", "report", "r1/report.html", 512, T0.AddSeconds(1)), Cancel);
        }

        await using var second = await OpenAsync();
        var listed = await second.GetRequiredService<IArtifactStore>().ListAsync("r1", Cancel);

        Assert.Equal(
            [new ArtifactRecord("r1", "report.html", "report", "r1/report.html", 512, T0.AddSeconds(1)), new ArtifactRecord("r1", "trace.zip", "trace", "r1/trace.zip", 2048, T0)],
            listed);
        Assert.Empty(await second.GetRequiredService<IArtifactStore>().ListAsync("unknown", Cancel));
    }

    [Fact]
    public async Task MetricsSum_SamplesInAndOutOfTheWindow_AddsOnlyThoseInsideForThatName()
    {
        await using var services = await OpenAsync();
        var metrics = services.GetRequiredService<IMetricsStore>();
        var labels = new Dictionary<string, string> { ["environment"] = "default" };
        await metrics.RecordAsync(new MetricSample("steps_from_cache", 3, labels, T0), Cancel);
        await metrics.RecordAsync(new MetricSample("steps_from_cache", 4.5, labels, T0.AddMinutes(59)), Cancel);
        await metrics.RecordAsync(new MetricSample("steps_from_cache", 100, labels, T0.AddHours(1)), Cancel);
        await metrics.RecordAsync(new MetricSample("steps_from_cache", 1000, labels, T0.AddSeconds(-1)), Cancel);
        await metrics.RecordAsync(new MetricSample("discovery_calls", 7, labels, T0.AddMinutes(1)), Cancel);

        Assert.Equal(7.5, await metrics.SumAsync("steps_from_cache", T0, T0.AddHours(1), Cancel));
        Assert.Equal(7, await metrics.SumAsync("discovery_calls", T0, T0.AddHours(1), Cancel));
        Assert.Equal(0, await metrics.SumAsync("never_recorded", T0, T0.AddHours(1), Cancel));
    }
}

/// <summary>The history contract on the embedded store.</summary>
public sealed class EmbeddedHistoryStoreTests : HistoryStoreContractTests, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-history-").FullName;

    protected override Task<ServiceProvider> OpenAsync() => Task.FromResult(EmbeddedStoreTests.Open(_directory));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

/// <summary>The history contract on Postgres, through the same registration the service uses.</summary>
public sealed class PostgresHistoryStoreTests(MigratedDatabase database) : HistoryStoreContractTests, IClassFixture<MigratedDatabase>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-pg-").FullName;
    private TemporaryDatabase? _emptied;

    protected override async Task<ServiceProvider> OpenAsync()
    {
        _emptied ??= await database.EmptyAsync();
        return MigratedDatabase.Open(_emptied.ConnectionString, _directory);
    }

    [Fact]
    public async Task RecordHeal_SameAttemptTwice_AsASpoolReplayWould_WritesOneRow()
    {
        await using var services = await OpenAsync();
        await services.GetRequiredService<IRunStore>().CreateRunAsync(
            new RunRecord("r1", "a.txt", RunState.Running, DateTimeOffset.UnixEpoch, null, RunCounts.Zero, null, new Dictionary<string, string>()),
            TestContext.Current.CancellationToken);
        var heals = services.GetRequiredService<Postgres.PostgresHealHistoryStore>();
        var attempt = new HealAttempt("r1", "http://a.test", "click|go", "rediscovery", true, 0.9, "a", "b", 10, DateTimeOffset.FromUnixTimeMilliseconds(1_780_000_000_123));

        await heals.RecordAsync(attempt, TestContext.Current.CancellationToken);
        await heals.RecordAsync(attempt, TestContext.Current.CancellationToken);
        await heals.RecordAsync(attempt with { At = attempt.At.AddMilliseconds(1) }, TestContext.Current.CancellationToken);

        Assert.Equal(2, await _emptied!.ScalarAsync<long>("SELECT count(*) FROM heal_history"));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
