namespace Pacts.Cli.Output.Live;

/// <summary>Where a requirement file or a test case stands in the live view.</summary>
internal enum ProgressState
{
    Queued,
    Running,
    Passed,
    Failed,
    Skipped,

    /// <summary>Stopped by a cancel or by Ctrl+C before it finished.</summary>
    Cancelled,

    /// <summary>The run ended in an infrastructure error, or its call failed.</summary>
    Error,

    /// <summary>The service rejected the requirement file; nothing ran.</summary>
    Invalid,
}

/// <summary>What the live view shows of one test case at one moment.</summary>
/// <param name="Step">The text of the running step, or of the failed step once the case failed, as the events carried it (masked).</param>
internal sealed record CaseSnapshot(string Title, ProgressState State, string Step, int StepsDone, int StepsTotal, TimeSpan Elapsed);

/// <summary>What the live view shows of one requirement file at one moment.</summary>
internal sealed record FileSnapshot(string Name, ProgressState State, TimeSpan Elapsed, IReadOnlyList<CaseSnapshot> Cases)
{
    public int StepsDone => Cases.Sum(testCase => testCase.StepsDone);

    public int StepsTotal => Cases.Sum(testCase => testCase.StepsTotal);
}
