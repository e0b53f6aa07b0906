using Pacts.Agents.Planning;
using Pacts.Storage.Runs;

namespace Pacts.Agents.Orchestration;

/// <summary>One thing that happened in a run. Sequence numbers start at 1 and increase by one.</summary>
public sealed record RunEvent(string RunId, long Sequence, DateTimeOffset At, RunEventBody Body);

public abstract record RunEventBody;

public sealed record RunStartedBody(Plan Plan) : RunEventBody;

public sealed record TestCaseStartedBody(int TestCaseIndex, string Title, string Url) : RunEventBody;

public sealed record StepStartedBody(int TestCaseIndex, PlanStep Step) : RunEventBody;

public sealed record ElementResolvedBody(int TestCaseIndex, int StepIndex, ElementOrigin Origin, string Locator, double Score, double Margin, long DurationMs) : RunEventBody;

public sealed record StepHealedBody(
    int TestCaseIndex, int StepIndex, bool Healed, string? OldLocator, string? NewLocator, string Strategy, double Similarity, int Round, string Note)
    : RunEventBody
{
    /// <summary>Every strategy tried, in order, over all rounds.</summary>
    public IReadOnlyList<string> StrategiesTried { get; init; } = [];
}

public sealed record AssertionCheckedBody(int TestCaseIndex, int StepIndex, bool Passed, string Description, string? Expected, string? Actual) : RunEventBody;

public sealed record StepFinishedBody(int TestCaseIndex, int StepIndex, StepState State, long DurationMs, ElementOrigin Origin, string? Message) : RunEventBody;

public sealed record TestCaseFinishedBody(int TestCaseIndex, StepState State, long DurationMs) : RunEventBody;

/// <summary>A file the run wrote (<see cref="Reporting.ArtifactKinds"/>); -1 and 0 for files of the whole run.</summary>
public sealed record ArtifactRecordedBody(int TestCaseIndex, int StepIndex, string Name, string Kind) : RunEventBody;

public sealed record StepFailure(int TestCaseIndex, string TestCaseTitle, int StepIndex, int Line, string Text, string Message, string? Expected, string? Actual);

public sealed record RunFinishedBody(RunState State, RunCounts Counts, long DurationMs, int LlmCalls, IReadOnlyList<StepFailure> Failures, string Message) : RunEventBody;
