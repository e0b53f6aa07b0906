using Pacts.V1;

namespace Pacts.Cli.Output.Live;

/// <summary>One requirement file's run as its events describe it: the run's state and its test cases in plan order.</summary>
internal sealed class FileProgress(string name)
{
    private readonly List<CaseProgress> _cases = [];
    private long? _started;
    private long? _ended;
    private long? _durationMs;

    public ProgressState State { get; private set; } = ProgressState.Queued;

    public void Start(long now)
    {
        _started ??= now;
        if (State == ProgressState.Queued)
        {
            State = ProgressState.Running;
        }
    }

    public void Apply(RunEvent runEvent, long now)
    {
        Start(now);
        switch (runEvent.KindCase)
        {
            case RunEvent.KindOneofCase.RunStarted:
                var planned = runEvent.RunStarted.Plan?.TestCases ?? [];
                for (var i = 0; i < planned.Count; i++)
                {
                    Case(i).Plan(planned[i].Title, planned[i].Steps.Count);
                }

                break;
            case RunEvent.KindOneofCase.TestCaseStarted:
                Case(runEvent.TestCaseStarted.TestCaseIndex).Open(runEvent.TestCaseStarted.Title, now);
                break;
            case RunEvent.KindOneofCase.StepStarted:
                Case(runEvent.StepStarted.TestCaseIndex).StepStarted(runEvent.StepStarted, now);
                break;
            case RunEvent.KindOneofCase.StepFinished:
                Case(runEvent.StepFinished.TestCaseIndex).StepFinished(runEvent.StepFinished);
                break;
            case RunEvent.KindOneofCase.TestCaseFinished:
                Case(runEvent.TestCaseFinished.TestCaseIndex).Close(runEvent.TestCaseFinished);
                break;
            case RunEvent.KindOneofCase.RunFinished:
                var finished = runEvent.RunFinished;
                State = From(finished.Status);
                _durationMs = finished.DurationMs;
                End(State is ProgressState.Cancelled ? ProgressState.Cancelled : ProgressState.Failed, now);
                break;
            default:
                break;
        }
    }

    /// <summary>The call returned: a run without a closing event was rejected (invalid) or broke off (error).</summary>
    public void Complete(RunResult result, long now)
    {
        if (result.Finished is not null)
        {
            return;
        }

        State = result.InvalidRequirement is not null ? ProgressState.Invalid : ProgressState.Error;
        End(ProgressState.Cancelled, now);
    }

    /// <summary>Not run because an earlier run showed the service unusable.</summary>
    public void Skip() => State = ProgressState.Skipped;

    /// <summary>Ctrl+C: whatever had not finished is cancelled.</summary>
    public void Interrupt(long now)
    {
        if (State is ProgressState.Queued or ProgressState.Running)
        {
            State = ProgressState.Cancelled;
            End(ProgressState.Cancelled, now);
        }
    }

    public FileSnapshot Snapshot(long now, TimeProvider time)
    {
        var elapsed = _durationMs is { } ms ? TimeSpan.FromMilliseconds(ms)
            : _started is { } started ? time.GetElapsedTime(started, _ended ?? now)
            : TimeSpan.Zero;
        return new FileSnapshot(name, State, elapsed, [.. _cases.Select(testCase => testCase.Snapshot(now, time))]);
    }

    private void End(ProgressState unfinishedCases, long now)
    {
        _ended ??= now;
        foreach (var testCase in _cases)
        {
            testCase.Settle(unfinishedCases, now);
        }
    }

    private CaseProgress Case(int index)
    {
        while (_cases.Count <= index)
        {
            _cases.Add(new CaseProgress("", 0));
        }

        return _cases[index];
    }

    private static ProgressState From(RunStatus status) => status switch
    {
        RunStatus.Passed => ProgressState.Passed,
        RunStatus.Failed => ProgressState.Failed,
        RunStatus.Cancelled or RunStatus.Interrupted => ProgressState.Cancelled,
        _ => ProgressState.Error,
    };
}
