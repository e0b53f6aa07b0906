using Pacts.V1;

namespace Pacts.Cli.Output.Live;

/// <summary>One test case of a run as its events describe it. Timestamps come from the board's <see cref="TimeProvider"/>.</summary>
internal sealed class CaseProgress(string title, int stepsTotal)
{
    private string _title = title;
    private int _stepsTotal = stepsTotal;
    private int _stepsDone;
    private string _step = "";
    private string _failedStep = "";
    private long? _started;
    private long? _ended;
    private long? _durationMs;

    public ProgressState State { get; private set; } = ProgressState.Queued;

    /// <summary>The plan arrived (again): the title and step count it gives, unless the case already said more.</summary>
    public void Plan(string title, int stepsTotal)
    {
        _title = _title.Length > 0 ? _title : title;
        _stepsTotal = Math.Max(_stepsTotal, stepsTotal);
    }

    public void Open(string title, long now)
    {
        _title = title.Length > 0 ? title : _title;
        _started ??= now;
        State = ProgressState.Running;
    }

    public void StepStarted(StepStarted started, long now)
    {
        if (State == ProgressState.Queued)
        {
            Open("", now);
        }

        _step = started.Text;
    }

    public void StepFinished(StepFinished finished)
    {
        _stepsDone++;
        _stepsTotal = Math.Max(_stepsTotal, _stepsDone);
        if (finished.Status == StepStatus.Failed && _failedStep.Length == 0)
        {
            // A case runs its steps one at a time, so the step finishing is the one that started last.
            _failedStep = _step;
        }
    }

    public void Close(TestCaseFinished finished)
    {
        State = finished.Status switch
        {
            StepStatus.Passed => ProgressState.Passed,
            StepStatus.Skipped => ProgressState.Skipped,
            _ => ProgressState.Failed,
        };
        _durationMs = finished.DurationMs;
        _step = "";
    }

    /// <summary>The run (or the CLI) ended without closing this case: <paramref name="unfinished"/> is what it became.</summary>
    public void Settle(ProgressState unfinished, long now)
    {
        if (State == ProgressState.Queued)
        {
            State = unfinished == ProgressState.Cancelled ? ProgressState.Cancelled : ProgressState.Skipped;
        }
        else if (State == ProgressState.Running)
        {
            State = unfinished;
            _ended = now;
            _step = "";
        }
    }

    public CaseSnapshot Snapshot(long now, TimeProvider time)
    {
        var elapsed = _durationMs is { } ms ? TimeSpan.FromMilliseconds(ms)
            : _started is { } started ? time.GetElapsedTime(started, _ended ?? now)
            : TimeSpan.Zero;
        var step = State switch
        {
            ProgressState.Running => _step,
            ProgressState.Failed => _failedStep,
            _ => "",
        };
        return new CaseSnapshot(_title, State, step, _stepsDone, _stepsTotal, elapsed);
    }
}
