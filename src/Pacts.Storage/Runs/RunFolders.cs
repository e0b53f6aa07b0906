namespace Pacts.Storage.Runs;

/// <summary>
/// The run folders under the artifacts directory (<c>{root}/{runId}/</c>) as the retention job removes them. Nothing
/// outside the root is touched: a run id that is not one plain folder name is refused, and a symbolic link (the run
/// folder itself, or anything in it) is removed as a link and never followed. A folder is first renamed to
/// <c>.deleting-{runId}</c>, which is atomic, so a pass that dies midway leaves either the whole run folder or a trash
/// folder the next pass finishes: never a run folder with part of its files.
/// </summary>
internal sealed class RunFolders(string root)
{
    private const string TrashPrefix = ".deleting-";

    // Hidden files (a leading dot on Unix) are files too; the default options would skip them.
    private static readonly EnumerationOptions Everything = new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

    public string Root { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    /// <summary>The run's folder, or null when <paramref name="runId"/> is not one plain name the folder could have.</summary>
    public string? FolderOf(string runId)
    {
        if (string.IsNullOrEmpty(runId) || runId.StartsWith('.') || runId.IndexOfAny(['/', '\\', ':', '\0']) >= 0)
        {
            return null;
        }

        var folder = Path.GetFullPath(Path.Combine(Root, runId));
        return string.Equals(Path.GetDirectoryName(folder), Root, StringComparison.Ordinal) ? folder : null;
    }

    /// <summary>
    /// Removes the run's folder and returns the bytes its files held, or null when there was no folder. A link in its
    /// place is removed as a link (0 bytes).
    /// </summary>
    public long? Delete(string runId)
    {
        var folder = FolderOf(runId) ?? throw new ArgumentException($"'{runId}' is not a run folder name", nameof(runId));
        if (IsLink(folder))
        {
            File.Delete(folder);
            return 0;
        }

        if (!Directory.Exists(folder))
        {
            return null;
        }

        var trash = Path.Combine(Root, TrashPrefix + runId);
        if (IsLink(trash) || Directory.Exists(trash))
        {
            DeleteTree(trash);
        }

        try
        {
            Directory.Move(folder, trash);
        }
        catch (DirectoryNotFoundException)
        {
            // Another pass (another replica on the same directory) took it first.
            return null;
        }

        return DeleteTree(trash);
    }

    /// <summary>The top-level folders named like a run id (a GUID, as the orchestrator makes them); links are left out.</summary>
    public IReadOnlyList<string> ListRunIds() => !Directory.Exists(Root)
        ? []
        : [.. new DirectoryInfo(Root).EnumerateDirectories("*", Everything)
            .Where(d => !IsLink(d) && Guid.TryParseExact(d.Name, "D", out _))
            .Select(d => d.Name)];

    /// <summary>The latest write to the run's folder or anything in it (links are not followed).</summary>
    public DateTimeOffset LastWrite(string runId)
    {
        var folder = FolderOf(runId) ?? throw new ArgumentException($"'{runId}' is not a run folder name", nameof(runId));
        return LatestWrite(new DirectoryInfo(folder));
    }

    /// <summary>Finishes the trash folders a pass that died midway left; returns how many and their bytes.</summary>
    public (int Folders, long Bytes) EmptyTrash()
    {
        if (!Directory.Exists(Root))
        {
            return (0, 0);
        }

        var leftovers = new DirectoryInfo(Root).EnumerateFileSystemInfos(TrashPrefix + "*", Everything).ToList();
        return (leftovers.Count, leftovers.Sum(entry => DeleteTree(entry.FullName)));
    }

    private static long DeleteTree(string path)
    {
        if (IsLink(path))
        {
            File.Delete(path);
            return 0;
        }

        long bytes = 0;
        foreach (var entry in new DirectoryInfo(path).EnumerateFileSystemInfos("*", Everything))
        {
            if (IsLink(entry))
            {
                File.Delete(entry.FullName);
            }
            else if (entry is DirectoryInfo)
            {
                bytes += DeleteTree(entry.FullName);
            }
            else
            {
                bytes += ((FileInfo)entry).Length;
                entry.Delete();
            }
        }

        Directory.Delete(path);
        return bytes;
    }

    private static DateTimeOffset LatestWrite(DirectoryInfo folder)
    {
        var latest = new DateTimeOffset(folder.LastWriteTimeUtc);
        foreach (var entry in folder.EnumerateFileSystemInfos("*", Everything))
        {
            var written = entry is DirectoryInfo directory && !IsLink(entry) ? LatestWrite(directory) : new DateTimeOffset(entry.LastWriteTimeUtc);
            latest = written > latest ? written : latest;
        }

        return latest;
    }

    private static bool IsLink(string path) => IsLink(new FileInfo(path));

    // A symbolic link (or a junction) reports its target, whether or not the target exists.
    private static bool IsLink(FileSystemInfo entry) => entry.LinkTarget is not null;
}
