using Pacts.Agents.Planning;
using Pacts.Storage.Runs;

namespace Pacts.Agents.Orchestration;

/// <summary>What one run knows about itself: its plan, counts, failures and verdict, and where its events go.</summary>
internal sealed class RunContext(string runId, PlannedRun planned, RunEventSink sink, TimeProvider time)
{
    private readonly List<StepFailure> _failures = [];
    private readonly Lock _gate = new();
    private readonly long _started = time.GetTimestamp();
    private int _casesPassed, _casesFailed, _stepsPassed, _stepsFailed;

    public string RunId { get; } = runId;

    public Plan Plan => planned.Plan;

    public RunRequest Request => planned.Request;

    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();

    public RunState State { get; private set; } = RunState.Running;

    public RunCounts Counts => new(Volatile.Read(ref _casesPassed), Volatile.Read(ref _casesFailed), Volatile.Read(ref _stepsPassed), Volatile.Read(ref _stepsFailed));

    public void Emit(RunEventBody body) => sink.Emit(body);

    /// <summary>The test case's URL, with its origin replaced by the request's base URL when one is given.</summary>
    public string UrlFor(TestCasePlan testCase)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        if (string.IsNullOrWhiteSpace(Request.BaseUrl) || !Uri.TryCreate(Request.BaseUrl, UriKind.Absolute, out var baseUri))
        {
            return testCase.Url;
        }

        var builder = new UriBuilder(testCase.Url) { Scheme = baseUri.Scheme, Host = baseUri.Host, Port = baseUri.Port };
        return builder.Uri.ToString();
    }

    public void AddFailure(CaseState testCase, string message, string? expected, string? actual)
    {
        testCase.Failed = true;
        var step = testCase.Step;
        var failure = new StepFailure(
            testCase.Index,
            testCase.Plan?.Title ?? "",
            step?.Index ?? 0,
            step?.Line ?? testCase.Plan?.Line ?? 0,
            step?.Text ?? $"open {testCase.Url}",
            message,
            expected,
            actual);
        lock (_gate)
        {
            _failures.Add(failure);
        }
    }

    public void CountStep(StepState state)
    {
        _ = state == StepState.Passed ? Interlocked.Increment(ref _stepsPassed) : Interlocked.Increment(ref _stepsFailed);
        PactsTelemetry.Steps.Add(1, new KeyValuePair<string, object?>("pacts.status", state.ToString()));
    }

    public void CountCase(StepState state) => _ = state == StepState.Passed ? Interlocked.Increment(ref _casesPassed) : Interlocked.Increment(ref _casesFailed);

    /// <summary>The verdict, once every test case has ended; failures in plan order, whichever test case ran first.</summary>
    public RunFinishedBody Finish(bool cancelled, string? infrastructureError)
    {
        List<StepFailure> failures;
        lock (_gate)
        {
            failures = [.. _failures.OrderBy(f => f.TestCaseIndex).ThenBy(f => f.StepIndex)];
        }

        State = cancelled ? RunState.Cancelled
            : infrastructureError is not null ? RunState.Error
            : failures.Count > 0 || _casesFailed > 0 ? RunState.Failed
            : RunState.Passed;
        var message = State switch
        {
            RunState.Cancelled => "the run was cancelled",
            RunState.Error => $"the run stopped on an infrastructure error: {infrastructureError}",
            RunState.Failed => $"{_casesFailed} of {Plan.TestCases.Count} test case(s) failed",
            _ when !Plan.TestCases.SelectMany(t => t.Steps).Any(s => s.IsAssertion) => "passed, but nothing was verified: the requirement has no assertion",
            _ => $"all {Plan.TestCases.Count} test case(s) passed",
        };
        PactsTelemetry.Runs.Add(1, new KeyValuePair<string, object?>("pacts.status", State.ToString()));
        return new RunFinishedBody(State, Counts, (long)time.GetElapsedTime(_started).TotalMilliseconds, Plan.LlmCalls, failures, message);
    }
}
