using Pacts.Agents.Orchestration;
using Pacts.Agents.Planning;
using Pacts.Storage.Runs;

namespace Pacts.Agents.Reporting;

/// <summary>
/// A finished run as the report and the JUnit file show it, rebuilt from the run's events alone: every test case and
/// data row of the plan, each step with what happened to it (or nothing, when the test case stopped before it).
/// </summary>
public sealed class RunReport
{
    public required string RunId { get; init; }

    public required Plan Plan { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required RunFinishedBody Finished { get; init; }

    public required IReadOnlyList<ReportCase> Cases { get; init; }

    public SecretMask Mask => Plan.Secrets;

    public static RunReport From(string runId, IReadOnlyList<RunEvent> events, RunFinishedBody finished)
    {
        ArgumentNullException.ThrowIfNull(events);
        var plan = events.Select(e => e.Body).OfType<RunStartedBody>().FirstOrDefault()?.Plan ?? new Plan("", []);
        var cases = plan.TestCases.Select((t, i) => new ReportCase(i, t)).ToList();
        foreach (var runEvent in events)
        {
            Apply(cases, runEvent.Body);
        }

        return new RunReport { RunId = runId, Plan = plan, StartedAt = events.Count > 0 ? events[0].At : DateTimeOffset.MinValue, Finished = finished, Cases = cases };
    }

    private static void Apply(List<ReportCase> cases, RunEventBody body)
    {
        switch (body)
        {
            case TestCaseStartedBody b when b.TestCaseIndex < cases.Count:
                (cases[b.TestCaseIndex].Url, cases[b.TestCaseIndex].Started) = (b.Url, true);
                break;
            case ElementResolvedBody b when Step(cases, b.TestCaseIndex, b.StepIndex) is { } step:
                (step.Origin, step.Locator) = (b.Origin, b.Locator);
                break;
            case StepHealedBody b when Step(cases, b.TestCaseIndex, b.StepIndex) is { } step:
                step.Heals.Add(b);
                break;
            case AssertionCheckedBody b when Step(cases, b.TestCaseIndex, b.StepIndex) is { } step:
                (step.Expected, step.Actual) = (b.Expected, b.Actual);
                break;
            case StepFinishedBody b when Step(cases, b.TestCaseIndex, b.StepIndex) is { } step:
                (step.State, step.DurationMs, step.Message) = (b.State, b.DurationMs, b.Message);
                step.Origin = b.Origin == ElementOrigin.None ? step.Origin : b.Origin;
                break;
            case ArtifactRecordedBody b when b.Kind == ArtifactKinds.Screenshot && Step(cases, b.TestCaseIndex, b.StepIndex) is { } step:
                step.Screenshot = b.Name;
                break;
            case ArtifactRecordedBody b when b.Kind == ArtifactKinds.Trace && b.TestCaseIndex >= 0 && b.TestCaseIndex < cases.Count:
                cases[b.TestCaseIndex].Trace = b.Name;
                break;
            case TestCaseFinishedBody b when b.TestCaseIndex < cases.Count:
                (cases[b.TestCaseIndex].State, cases[b.TestCaseIndex].DurationMs) = (b.State, b.DurationMs);
                break;
            default:
                break;
        }
    }

    private static ReportStep? Step(List<ReportCase> cases, int testCase, int step) =>
        testCase >= 0 && testCase < cases.Count ? cases[testCase].Steps.FirstOrDefault(s => s.Plan.Index == step) : null;
}

/// <summary>One test case instance (a data row of its own when it has data) and its steps.</summary>
public sealed class ReportCase(int index, TestCasePlan plan)
{
    public int Index { get; } = index;

    public TestCasePlan Plan { get; } = plan;

    public string Url { get; set; } = plan.Url;

    public bool Started { get; set; }

    public StepState? State { get; set; }

    public long DurationMs { get; set; }

    public string? Trace { get; set; }

    public IReadOnlyList<ReportStep> Steps { get; } = [.. plan.Steps.Select(s => new ReportStep(s))];

    public bool Passed => State == StepState.Passed;

    /// <summary>The step that failed, or null (a test case can also fail before its first step, opening its page).</summary>
    public ReportStep? FailedStep => Steps.FirstOrDefault(s => s.State == StepState.Failed);
}

/// <summary>One step: the plan's line and, once it ran, its outcome.</summary>
public sealed class ReportStep(PlanStep plan)
{
    public PlanStep Plan { get; } = plan;

    public StepState? State { get; set; }

    public long DurationMs { get; set; }

    public ElementOrigin Origin { get; set; }

    public string? Locator { get; set; }

    public string? Message { get; set; }

    public string? Expected { get; set; }

    public string? Actual { get; set; }

    public string? Screenshot { get; set; }

    public List<StepHealedBody> Heals { get; } = [];
}

/// <summary>The kinds of file a run leaves, as the <c>artifacts</c> table names them.</summary>
public static class ArtifactKinds
{
    public const string Screenshot = "screenshot";
    public const string Trace = "trace";
    public const string Events = "events";
    public const string Report = "report";
    public const string JUnit = "junit";
    public const string GeneratedTest = "generated_test";
}
