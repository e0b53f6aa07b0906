namespace Pacts.Storage.Runs;

/// <summary>What the run retention job asks of the store holding the runs.</summary>
public interface IRunRetentionStore
{
    /// <summary>
    /// Deletes the runs started before <paramref name="startedBefore"/> that have finished (any state but
    /// <see cref="RunState.Running"/>), with their steps and artifact rows, in one statement; their heal attempts stay,
    /// unlinked from the run. Returns the deleted runs' ids, so the caller removes exactly their files.
    /// </summary>
    Task<IReadOnlyList<string>> DeleteFinishedRunsAsync(DateTimeOffset startedBefore, CancellationToken cancellationToken);

    /// <summary>The ids among <paramref name="runIds"/> the store holds a run for, whatever its state.</summary>
    Task<IReadOnlySet<string>> FindRunsAsync(IReadOnlyCollection<string> runIds, CancellationToken cancellationToken);
}
