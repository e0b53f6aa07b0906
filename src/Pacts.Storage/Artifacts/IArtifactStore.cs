namespace Pacts.Storage.Artifacts;

/// <summary>
/// A file a run produced (<see cref="Kind"/>: screenshot, trace, report, junit, events, generated_test). The store
/// keeps where it is; the file itself is the service's.
/// </summary>
public sealed record ArtifactRecord(string RunId, string Name, string Kind, string Path, long SizeBytes, DateTimeOffset CreatedAt);

public interface IArtifactStore
{
    /// <summary>Adds an artifact to its run; a second one of the same name replaces the first.</summary>
    Task AddAsync(ArtifactRecord artifact, CancellationToken cancellationToken);

    /// <summary>The run's artifacts, ordered by name.</summary>
    Task<IReadOnlyList<ArtifactRecord>> ListAsync(string runId, CancellationToken cancellationToken);
}
