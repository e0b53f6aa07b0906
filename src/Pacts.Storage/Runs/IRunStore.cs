namespace Pacts.Storage.Runs;

/// <summary>
/// Runs and their steps, written as the run goes so that a crash leaves a run marked interrupted, not missing.
/// </summary>
public interface IRunStore
{
    Task CreateRunAsync(RunRecord run, CancellationToken cancellationToken);

    Task AddStepAsync(StepRecord step, CancellationToken cancellationToken);

    Task FinishRunAsync(string runId, RunState state, RunCounts counts, string? message, DateTimeOffset finishedAt, CancellationToken cancellationToken);

    Task<RunRecord?> GetRunAsync(string runId, CancellationToken cancellationToken);

    Task<IReadOnlyList<StepRecord>> GetStepsAsync(string runId, CancellationToken cancellationToken);

    Task<IReadOnlyList<RunRecord>> ListRunsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Marks every run still recorded as running as interrupted; called once when the service starts.</summary>
    Task<int> MarkUnfinishedRunsInterruptedAsync(CancellationToken cancellationToken);
}
