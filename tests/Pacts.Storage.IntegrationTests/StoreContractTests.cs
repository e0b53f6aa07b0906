using Microsoft.Extensions.DependencyInjection;
using Pacts.Storage.Plans;
using Pacts.Storage.Runs;

namespace Pacts.Storage.IntegrationTests;

/// <summary>
/// One contract, two stores: what every run and plan store must do, run against the embedded store
/// (<see cref="EmbeddedStoreTests"/>) and Postgres (<see cref="PostgresStoreTests"/>). Each test starts empty.
/// </summary>
public abstract class StoreContractTests
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeMilliseconds(1_780_000_000_000);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The stores as a process sees them; opening twice stands for a second process (or a restart).</summary>
    protected abstract Task<ServiceProvider> OpenAsync();

    private static RunRecord NewRun(string id, DateTimeOffset started) =>
        new(id, "login.txt", RunState.Running, started, null, RunCounts.Zero, null, new Dictionary<string, string> { ["ci"] = "job-7" });

    private static StepRecord Step(string runId, int testCase, int index, StepState state = StepState.Passed, string? message = null) =>
        new(runId, testCase, index, "fill", $"Enter jane ({index})", 4 + index, state, ElementOrigin.Discovery, "label=\"Username\"", 31, message);

    [Fact]
    public async Task RunAndSteps_WrittenThenReadByANewProcess_AreTheSame()
    {
        await using (var first = await OpenAsync())
        {
            var runs = first.GetRequiredService<IRunStore>();
            await runs.CreateRunAsync(NewRun("r1", T0), Cancel);
            await runs.AddStepAsync(Step("r1", 0, 1), Cancel);
            await runs.AddStepAsync(new StepRecord("r1", 0, 2, "click", "Click Login", 6, StepState.Failed, ElementOrigin.CacheMemory, null, 5000, "gone"), Cancel);
            await runs.FinishRunAsync("r1", RunState.Failed, new RunCounts(0, 1, 1, 1), "1 failed", T0.AddSeconds(6), Cancel);
        }

        await using var second = await OpenAsync();
        var store = second.GetRequiredService<IRunStore>();
        var run = await store.GetRunAsync("r1", Cancel);
        var steps = await store.GetStepsAsync("r1", Cancel);

        Assert.NotNull(run);
        Assert.Equal(("login.txt", T0), (run.RequirementName, run.StartedAt));
        Assert.Equal((RunState.Failed, new RunCounts(0, 1, 1, 1), "1 failed", T0.AddSeconds(6)), (run.State, run.Counts, run.Message, run.FinishedAt));
        Assert.Equal("job-7", Assert.Single(run.Labels).Value);
        Assert.Equal(Step("r1", 0, 1), steps[0]);
        Assert.Equal(new StepRecord("r1", 0, 2, "click", "Click Login", 6, StepState.Failed, ElementOrigin.CacheMemory, null, 5000, "gone"), steps[1]);
    }

    [Fact]
    public async Task GetSteps_SeveralTestCases_OrderedByCaseThenStep()
    {
        await using var services = await OpenAsync();
        var runs = services.GetRequiredService<IRunStore>();
        await runs.CreateRunAsync(NewRun("r1", T0), Cancel);
        foreach (var (testCase, index) in new[] { (1, 2), (0, 10), (1, 1), (0, 2) })
        {
            await runs.AddStepAsync(Step("r1", testCase, index), Cancel);
        }

        var steps = await runs.GetStepsAsync("r1", Cancel);

        Assert.Equal([(0, 2), (0, 10), (1, 1), (1, 2)], steps.Select(s => (s.TestCaseIndex, s.StepIndex)));
    }

    [Fact]
    public async Task AddStep_SameIndexTwice_KeepsTheLast()
    {
        await using var services = await OpenAsync();
        var runs = services.GetRequiredService<IRunStore>();
        await runs.CreateRunAsync(NewRun("r1", T0), Cancel);
        await runs.AddStepAsync(Step("r1", 0, 1, StepState.Failed, "first try"), Cancel);

        await runs.AddStepAsync(Step("r1", 0, 1, StepState.Passed), Cancel);

        Assert.Equal(Step("r1", 0, 1, StepState.Passed), Assert.Single(await runs.GetStepsAsync("r1", Cancel)));
    }

    [Fact]
    public async Task GetRun_UnknownId_ReturnsNullAndNoSteps()
    {
        await using var services = await OpenAsync();
        var runs = services.GetRequiredService<IRunStore>();
        await runs.CreateRunAsync(NewRun("known", T0), Cancel);

        Assert.Null(await runs.GetRunAsync("unknown", Cancel));
        Assert.Empty(await runs.GetStepsAsync("unknown", Cancel));
    }

    [Fact]
    public async Task ListRuns_NewestFirst_UpToTheLimit()
    {
        await using var services = await OpenAsync();
        var runs = services.GetRequiredService<IRunStore>();
        for (var i = 0; i < 3; i++)
        {
            await runs.CreateRunAsync(NewRun($"r{i}", T0.AddMinutes(i)), Cancel);
        }

        var listed = await runs.ListRunsAsync(2, Cancel);

        Assert.Equal(["r2", "r1"], listed.Select(r => r.RunId));
        Assert.Equal(T0.AddMinutes(2), listed[0].StartedAt);
    }

    [Fact]
    public async Task MarkUnfinished_RunningRunsBecomeInterrupted_FinishedOnesStay()
    {
        await using var services = await OpenAsync();
        var runs = services.GetRequiredService<IRunStore>();
        await runs.CreateRunAsync(NewRun("open", T0), Cancel);
        await runs.CreateRunAsync(NewRun("done", T0), Cancel);
        await runs.FinishRunAsync("done", RunState.Passed, RunCounts.Zero, null, T0.AddSeconds(1), Cancel);

        var marked = await runs.MarkUnfinishedRunsInterruptedAsync(Cancel);

        Assert.Equal(1, marked);
        var open = await runs.GetRunAsync("open", Cancel);
        Assert.Equal(RunState.Interrupted, open!.State);
        Assert.NotNull(open.Message);
        Assert.Equal(RunState.Passed, (await runs.GetRunAsync("done", Cancel))!.State);
        Assert.Equal(0, await runs.MarkUnfinishedRunsInterruptedAsync(Cancel));
    }

    [Fact]
    public async Task FindPlan_AfterSaveInAnotherProcess_ReturnsTheSamePlan()
    {
        var plan = new StoredPlan("a1b2", "login.txt", """{"lines":[{"line":7,"steps":[{"action":"click","target":"Go"}]}]}""", "openai:gpt-4o-mini", T0);
        await using (var first = await OpenAsync())
        {
            await first.GetRequiredService<IPlanStore>().SaveAsync(plan, Cancel);
        }

        await using var second = await OpenAsync();
        var found = await second.GetRequiredService<IPlanStore>().FindAsync("a1b2", Cancel);

        Assert.Equal(plan, found);
    }

    [Fact]
    public async Task SavePlan_SameContentHashTwice_ReplacesTheFirst()
    {
        await using var services = await OpenAsync();
        var plans = services.GetRequiredService<IPlanStore>();
        await plans.SaveAsync(new StoredPlan("h", "old.txt", "{}", "openai:gpt-4o-mini", T0), Cancel);
        var newer = new StoredPlan("h", "new.txt", """{"lines":[]}""", "anthropic:claude-3-5-haiku-latest", T0.AddHours(1));

        await plans.SaveAsync(newer, Cancel);

        Assert.Equal(newer, await plans.FindAsync("h", Cancel));
    }

    [Fact]
    public async Task FindPlan_UnknownContentHash_ReturnsNull()
    {
        await using var services = await OpenAsync();
        var plans = services.GetRequiredService<IPlanStore>();
        await plans.SaveAsync(new StoredPlan("known", "a.txt", "{}", "m", T0), Cancel);

        Assert.Null(await plans.FindAsync("unknown", Cancel));
    }
}
