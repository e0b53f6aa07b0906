using Microsoft.Extensions.Logging;
using Pacts.Storage.Runs;

namespace Pacts.Agents.Orchestration;

/// <summary>Writes a run's record as it goes. A failing store is logged and never fails the run.</summary>
internal sealed partial class RunRecorder(IRunStore store, TimeProvider time, ILogger<RunRecorder> logger)
{
    public Task RunStartedAsync(RunContext run) => SafelyAsync(run.RunId, () => store.CreateRunAsync(
        new RunRecord(run.RunId, run.Plan.RequirementName, RunState.Running, run.StartedAt, null, RunCounts.Zero, null, run.Request.Labels),
        CancellationToken.None));

    public Task StepFinishedAsync(RunContext run, CaseState testCase, StepState state, long durationMs)
    {
        var step = testCase.Step!;
        var mask = run.Plan.Secrets;
        return SafelyAsync(run.RunId, () => store.AddStepAsync(
            new StepRecord(run.RunId, testCase.Index, step.Index, step.ActionName, mask.Mask(step.Text)!, step.Line, state, testCase.Origin,
                mask.Mask(testCase.Element?.Locator.ToString()), durationMs, mask.Mask(testCase.Outcome?.Message)),
            CancellationToken.None));
    }

    public Task RunFinishedAsync(RunContext run, Orchestration.RunFinishedBody finished) => SafelyAsync(run.RunId, () => store.FinishRunAsync(
        run.RunId, finished.State, finished.Counts, run.Plan.Secrets.Mask(finished.Message), time.GetUtcNow(), CancellationToken.None));

    private async Task SafelyAsync(string runId, Func<Task> write)
    {
        try
        {
            await write().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogStoreFailed(logger, exception, runId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store a record of run {RunId}; the run goes on")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, string runId);
}
