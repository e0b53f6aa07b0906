namespace Pacts.Storage.Runs;

/// <summary>The state a run is in; <see cref="Interrupted"/> marks a run the service stopped without finishing.</summary>
public enum RunState
{
    Running,
    Passed,
    Failed,
    Cancelled,
    Error,
    Interrupted,
}

public enum StepState
{
    Passed,
    Failed,
    Skipped,
}

/// <summary>Where the element a step acted on came from.</summary>
public enum ElementOrigin
{
    None,
    Discovery,
    CacheMemory,
    CacheEmbedded,
    CacheRedis,
    CachePostgres,
    Heal,
}

public sealed record RunRecord(
    string RunId,
    string RequirementName,
    RunState State,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    RunCounts Counts,
    string? Message,
    IReadOnlyDictionary<string, string> Labels);

public sealed record RunCounts(int TestCasesPassed, int TestCasesFailed, int StepsPassed, int StepsFailed)
{
    public static RunCounts Zero { get; } = new(0, 0, 0, 0);
}

public sealed record StepRecord(
    string RunId,
    int TestCaseIndex,
    int StepIndex,
    string Action,
    string Text,
    int Line,
    StepState State,
    ElementOrigin Origin,
    string? Locator,
    long DurationMs,
    string? Message);
