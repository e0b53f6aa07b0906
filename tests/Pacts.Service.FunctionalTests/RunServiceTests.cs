using Grpc.Core;
using Pacts.Agents.Browser;
using Pacts.Tests;
using Pacts.V1;
using Microsoft.Extensions.DependencyInjection;

namespace Pacts.Service.FunctionalTests;

public sealed class RunServiceTests : IDisposable
{
    private readonly PactsServiceFactory _factory = new(PactsServiceFactory.NewDataDirectory());

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartRun_PassingRequirement_StreamsEventsInOrderWithConsecutiveSequenceNumbers()
    {
        await using var site = await Fixtures.ServeAsync();

        var events = await RunCalls.RunAsync(_factory.CreateRunClient(), "save.txt", Fixtures.SaveName(site.BaseUrl), cancellationToken: Token);

        Assert.True(events.Finished().Status == RunStatus.Passed, events.Finished().ToString());
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Sequence));
        Assert.Single(events.Select(e => e.RunId).Distinct());
        Assert.Equal(RunEvent.KindOneofCase.RunStarted, events[0].KindCase);
        Assert.Equal(RunEvent.KindOneofCase.TestCaseStarted, events[1].KindCase);
        Assert.Equal(RunEvent.KindOneofCase.RunFinished, events[^1].KindCase);
        // Between the last test case and the verdict come only the run's files (report, JUnit, events).
        Assert.Equal(RunEvent.KindOneofCase.TestCaseFinished, events.Where(e => e.KindCase != RunEvent.KindOneofCase.ArtifactRecorded).ToList()[^2].KindCase);
        var kinds = events.Select(e => e.KindCase).ToList();
        Assert.Equal(4, kinds.Count(k => k == RunEvent.KindOneofCase.StepStarted));
        Assert.Equal(4, kinds.Count(k => k == RunEvent.KindOneofCase.StepFinished));
        Assert.Equal(2, kinds.Count(k => k == RunEvent.KindOneofCase.AssertionChecked));
        Assert.True(events.Zip(events.Skip(1)).All(p => p.First.At.ToDateTimeOffset() <= p.Second.At.ToDateTimeOffset()));
        var finished = events.Finished();
        Assert.Equal((RunStatus.Passed, 1, 4, 0), (finished.Status, finished.TestCasesPassed, finished.StepsPassed, finished.StepsFailed));
    }

    [Fact]
    public async Task StartRun_UnreadableStep_IsInvalidArgumentNamingTheLine()
    {
        const string text = "Test: t\nURL: http://127.0.0.1:1/\nTest Steps:\n1. Click the Save button\n2. Frobnicate the widget\n";

        var error = await Assert.ThrowsAsync<RpcException>(() => RunCalls.RunAsync(_factory.CreateRunClient(), "bad.txt", text, cancellationToken: Token));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("5:4: error: cannot read the step 'Frobnicate the widget'", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartRun_EmptyRequirement_IsInvalidArgument()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => RunCalls.RunAsync(_factory.CreateRunClient(), "empty.txt", " ", cancellationToken: Token));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task GetRunAndCancelRun_UnknownRun_AreNotFound()
    {
        var client = _factory.CreateRunClient();

        var get = await Assert.ThrowsAsync<RpcException>(async () => await client.GetRunAsync(new GetRunRequest { RunId = "nope" }, cancellationToken: Token));
        var cancel = await Assert.ThrowsAsync<RpcException>(async () => await client.CancelRunAsync(new CancelRunRequest { RunId = "nope" }, cancellationToken: Token));

        Assert.Equal(StatusCode.NotFound, get.StatusCode);
        Assert.Equal(StatusCode.NotFound, cancel.StatusCode);
    }

    [Fact]
    public async Task ValidateRequirement_ReturnsThePlanOrEveryError()
    {
        var client = _factory.CreateRunClient();

        var valid = await client.ValidateRequirementAsync(new ValidateRequirementRequest { Requirement = new Requirement { Name = "ok", Content = Fixtures.SaveName("http://x.test") } }, cancellationToken: Token);
        var invalid = await client.ValidateRequirementAsync(new ValidateRequirementRequest { Requirement = new Requirement { Name = "bad", Content = "Test: t\nTest Steps:\n1. Clik Save\n" } }, cancellationToken: Token);

        Assert.True(valid.Valid);
        Assert.Equal(["fill", "click", "assert_text_visible", "assert_value"], valid.Plan.TestCases[0].Steps.Select(s => s.Action));
        Assert.False(invalid.Valid);
        Assert.Equal([1, 3], invalid.Errors.Select(e => e.Line).Distinct().Order().ToArray());
        Assert.Contains(invalid.Errors, e => e.Suggestion == "Click the <name> button");
    }

    [Fact]
    public async Task CancelRun_DuringAStep_EndsTheRunCancelledAndClosesItsBrowserContext()
    {
        await using var site = await Fixtures.ServeAsync();
        using var factory = new PactsServiceFactory(PactsServiceFactory.NewDataDirectory(), new Dictionary<string, string?> { ["Execution:StepTimeoutMs"] = "120000" });
        var client = factory.CreateRunClient();
        using var call = client.StartRun(new StartRunRequest { Requirement = new Requirement { Name = "wait.txt", Content = Fixtures.WaitsForever(site.BaseUrl) } }, cancellationToken: Token);
        var events = new List<RunEvent>();
        while (await call.ResponseStream.MoveNext(Token))
        {
            events.Add(call.ResponseStream.Current.Event);
            if (events[^1].KindCase == RunEvent.KindOneofCase.StepStarted)
            {
                var cancelled = await client.CancelRunAsync(new CancelRunRequest { RunId = events[^1].RunId }, cancellationToken: Token);
                Assert.True(cancelled.Cancelled);
            }
        }

        Assert.Equal(RunStatus.Cancelled, events.Finished().Status);
        Assert.Equal(0, factory.Services.GetRequiredService<BrowserHost>().OpenContexts);
        var stored = await client.GetRunAsync(new GetRunRequest { RunId = events[0].RunId }, cancellationToken: Token);
        Assert.Equal(RunStatus.Cancelled, stored.Run.Status);
        var again = await client.CancelRunAsync(new CancelRunRequest { RunId = events[0].RunId }, cancellationToken: Token);
        Assert.False(again.Cancelled);
    }

    [Fact]
    public async Task GetRunAndListRuns_AfterAServiceRestart_ReadTheStoredRun()
    {
        await using var site = await Fixtures.ServeAsync();
        var directory = PactsServiceFactory.NewDataDirectory();
        string runId;
        using (var first = new PactsServiceFactory(directory))
        {
            var events = await RunCalls.RunAsync(first.CreateRunClient(), "save.txt", Fixtures.SaveName(site.BaseUrl, "Grace"), cancellationToken: Token);
            runId = events[0].RunId;
        }

        using var second = new PactsServiceFactory(directory);
        var client = second.CreateRunClient();
        var run = await client.GetRunAsync(new GetRunRequest { RunId = runId }, cancellationToken: Token);
        var list = await client.ListRunsAsync(new ListRunsRequest { PageSize = 5 }, cancellationToken: Token);

        Assert.Equal((RunStatus.Passed, "save.txt", 4), (run.Run.Status, run.Run.RequirementName, run.Run.StepsPassed));
        Assert.Equal(["fill", "click", "assert_text_visible", "assert_value"], run.Steps.Select(s => s.Action));
        Assert.Equal(ElementSource.Discovery, run.Steps[0].Source);
        Assert.Equal(runId, Assert.Single(list.Runs).RunId);
    }

    public void Dispose() => _factory.Dispose();
}
