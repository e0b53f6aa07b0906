using Microsoft.Extensions.Options;
using Pacts.Storage;

namespace Pacts.Agents.Reporting;

/// <summary>
/// Where each run's files live (<c>{root}/{runId}/{name}</c>), and the one check every read and write goes through:
/// a name that would leave its run's folder (<c>../</c>, an absolute path, a drive) resolves to nothing.
/// </summary>
public sealed class ArtifactFiles(IOptions<ArtifactOptions> artifacts, IOptions<StorageOptions> storage)
{
    public string Root { get; } = Path.GetFullPath(string.IsNullOrWhiteSpace(artifacts.Value.Directory)
        ? Path.Combine(storage.Value.DataDirectory, "artifacts")
        : artifacts.Value.Directory);

    /// <summary>The full path of <paramref name="name"/> inside the run's folder, or null when it would be outside it.</summary>
    public string? Resolve(string runId, string name)
    {
        if (!IsSafeSegment(runId) || string.IsNullOrWhiteSpace(name) || Path.IsPathRooted(name) || name.Contains('\\', StringComparison.Ordinal)
            || name.Contains('\0', StringComparison.Ordinal) || name.Split('/').Any(s => !IsSafeSegment(s)))
        {
            return null;
        }

        var folder = RunFolder(runId);
        var full = Path.GetFullPath(Path.Combine(folder, name));
        return full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    public string RunFolder(string runId) => IsSafeSegment(runId)
        ? Path.Combine(Root, runId)
        : throw new ArgumentException($"'{runId}' is not a run id", nameof(runId));

    private static bool IsSafeSegment(string segment) =>
        segment.Length > 0 && segment is not ("." or "..") && segment.IndexOfAny(['/', '\\', ':', '\0']) < 0;
}
