using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pacts.Storage.Runs;
using Pacts.Storage.Selectors;

namespace Pacts.Storage.IntegrationTests;

/// <summary>The store contract on the embedded store (SQLite in a temporary data directory).</summary>
public sealed class EmbeddedStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-store-").FullName;

    private ServiceProvider Open() => new ServiceCollection()
        .AddPactsStorage(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = _directory }).Build())
        .BuildServiceProvider();

    private static RunRecord NewRun(string id, DateTimeOffset started) =>
        new(id, "login.txt", RunState.Running, started, null, RunCounts.Zero, null, new Dictionary<string, string> { ["ci"] = "job-7" });

    [Fact]
    public async Task RunAndSteps_WrittenThenReadByANewProcess_AreTheSame()
    {
        var started = DateTimeOffset.FromUnixTimeMilliseconds(1_780_000_000_000);
        await using (var first = Open())
        {
            var runs = first.GetRequiredService<IRunStore>();
            await runs.CreateRunAsync(NewRun("r1", started), TestContext.Current.CancellationToken);
            await runs.AddStepAsync(new StepRecord("r1", 0, 1, "fill", "Enter jane", 5, StepState.Passed, ElementOrigin.Discovery, "label=\"Username\"", 31, null), TestContext.Current.CancellationToken);
            await runs.AddStepAsync(new StepRecord("r1", 0, 2, "click", "Click Login", 6, StepState.Failed, ElementOrigin.CacheMemory, null, 5000, "gone"), TestContext.Current.CancellationToken);
            await runs.FinishRunAsync("r1", RunState.Failed, new RunCounts(0, 1, 1, 1), "1 failed", started.AddSeconds(6), TestContext.Current.CancellationToken);
        }

        await using var second = Open();
        var store = second.GetRequiredService<IRunStore>();
        var run = await store.GetRunAsync("r1", TestContext.Current.CancellationToken);
        var steps = await store.GetStepsAsync("r1", TestContext.Current.CancellationToken);

        Assert.NotNull(run);
        Assert.Equal((RunState.Failed, new RunCounts(0, 1, 1, 1), "1 failed", started.AddSeconds(6)), (run.State, run.Counts, run.Message, run.FinishedAt));
        Assert.Equal("job-7", run.Labels["ci"]);
        Assert.Equal([1, 2], steps.Select(s => s.StepIndex));
        Assert.Equal(ElementOrigin.CacheMemory, steps[1].Origin);
        Assert.Equal("gone", steps[1].Message);
    }

    [Fact]
    public async Task ListRuns_NewestFirst_UpToTheLimit()
    {
        await using var services = Open();
        var runs = services.GetRequiredService<IRunStore>();
        var t0 = DateTimeOffset.UtcNow;
        for (var i = 0; i < 3; i++)
        {
            await runs.CreateRunAsync(NewRun($"r{i}", t0.AddMinutes(i)), TestContext.Current.CancellationToken);
        }

        var listed = await runs.ListRunsAsync(2, TestContext.Current.CancellationToken);

        Assert.Equal(["r2", "r1"], listed.Select(r => r.RunId));
    }

    [Fact]
    public async Task MarkUnfinished_RunningRunsBecomeInterrupted_FinishedOnesStay()
    {
        await using var services = Open();
        var runs = services.GetRequiredService<IRunStore>();
        await runs.CreateRunAsync(NewRun("open", DateTimeOffset.UtcNow), TestContext.Current.CancellationToken);
        await runs.CreateRunAsync(NewRun("done", DateTimeOffset.UtcNow), TestContext.Current.CancellationToken);
        await runs.FinishRunAsync("done", RunState.Passed, RunCounts.Zero, null, DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);

        var marked = await runs.MarkUnfinishedRunsInterruptedAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, marked);
        Assert.Equal(RunState.Interrupted, (await runs.GetRunAsync("open", TestContext.Current.CancellationToken))!.State);
        Assert.Equal(RunState.Passed, (await runs.GetRunAsync("done", TestContext.Current.CancellationToken))!.State);
    }

    [Fact]
    public async Task SelectorCache_HitsMemoryThenTheFileAfterRestart_AndForgetsRemovedEntries()
    {
        var key = new SelectorKey("default", "http://a.test", "/login", "click|login||button");
        var entry = new CachedSelector("{\"kind\":\"Role\"}", "{\"tag\":\"button\"}", 0.97, DateTimeOffset.FromUnixTimeMilliseconds(1_780_000_000_000));
        await using (var first = Open())
        {
            var cache = first.GetRequiredService<ISelectorCache>();
            Assert.Null(await cache.GetAsync(key, TestContext.Current.CancellationToken));
            await cache.SetAsync(key, entry, TestContext.Current.CancellationToken);
            Assert.Equal(new CacheHit(entry, ElementOrigin.CacheMemory), await cache.GetAsync(key, TestContext.Current.CancellationToken));
        }

        await using var second = Open();
        var reopened = second.GetRequiredService<ISelectorCache>();
        Assert.Equal(new CacheHit(entry, ElementOrigin.CacheEmbedded), await reopened.GetAsync(key, TestContext.Current.CancellationToken));
        await reopened.RemoveAsync(key, TestContext.Current.CancellationToken);
        Assert.Null(await reopened.GetAsync(key, TestContext.Current.CancellationToken));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
