using Microsoft.Extensions.Logging;
using Pacts.Agents.Discovery;
using Pacts.Agents.Healing;
using Pacts.Storage.Healing;
using Pacts.Storage.Runs;

namespace Pacts.Agents.Orchestration;

/// <summary>Writes a run's record as it goes, heal attempts included. A failing store is logged and never fails the run.</summary>
internal sealed partial class RunRecorder(
    IRunStore store,
    IHealHistoryStore heals,
    TimeProvider time,
    ILogger<RunRecorder> logger)
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

    /// <summary>
    /// One heal_history row per strategy tried; the strategy that healed counts as a success only when the step then
    /// passed. The site is the page's origin and the element key the selector cache's. Secrets are masked in the key
    /// too, also in the lower-case form the key holds its text in.
    /// </summary>
    public Task HealAttemptsAsync(RunContext run, HealResult heal, bool stepPassed)
    {
        if (heal.Key is not { } key)
        {
            return Task.CompletedTask;
        }

        var mask = run.Plan.Secrets;
        var keyMask = mask.With(mask.Values.Select(Text.Normalize));
        var oldLocator = mask.Mask(heal.Replaced?.ToString());
        var newLocator = mask.Mask(heal.Element?.Locator.ToString());
        return SafelyAsync(run.RunId, async () =>
        {
            foreach (var attempt in heal.Attempts)
            {
                var success = attempt.Accepted && heal.Healed && stepPassed;
                await heals.RecordAsync(
                    new HealAttempt(run.RunId, key.Origin, keyMask.Mask(key.ElementKey)!, attempt.Strategy, success,
                        attempt.Similarity > 0 ? attempt.Similarity : null, oldLocator, attempt.Accepted ? newLocator : null, attempt.DurationMs, time.GetUtcNow()),
                    CancellationToken.None).ConfigureAwait(false);
            }
        });
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
