using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Pacts.Storage.Runs;

/// <summary>What one retention pass removed: runs (rows), run folders (those of the runs, orphans, trash) and bytes.</summary>
internal sealed record RunRetentionPass(int Runs, int Folders, int Orphans, long Bytes)
{
    public static RunRetentionPass Nothing { get; } = new(0, 0, 0, 0);
}

/// <summary>
/// Deletes finished runs started more than <see cref="StorageOptions.RunRetentionDays"/> days ago, and their artifact
/// files, as the service starts and every <see cref="StorageOptions.RunRetentionInterval"/>. Rows go first, in one
/// statement that returns the ids, then those runs' folders: a pass that dies between the two leaves folders whose run
/// is gone (nothing lists them, nothing announces a missing file), never a run listing files that are no longer there.
/// Such folders, and those of runs deleted by hand with <c>cleanup_old_runs</c>, are swept by the next pass: a folder
/// named like a run id, with no run in the store and nothing written to it for the retention period. A running run has
/// a row from its first moment, so neither step ever touches it. A failed pass is logged and tried again next interval.
/// </summary>
internal sealed partial class RunRetention(
    IRunRetentionStore store,
    RunFolders folders,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<RunRetention> logger) : BackgroundService
{
    /// <summary>One pass; nothing when the retention is off.</summary>
    public async Task<RunRetentionPass> RunOnceAsync(CancellationToken cancellationToken)
    {
        var days = options.Value.RunRetentionDays;
        if (days <= 0)
        {
            return RunRetentionPass.Nothing;
        }

        var cutoff = time.GetUtcNow().AddDays(-days);
        var runs = await store.DeleteFinishedRunsAsync(cutoff, cancellationToken).ConfigureAwait(false);
        var (removed, bytes) = DeleteFolders(runs);
        var (trash, trashBytes) = folders.EmptyTrash();
        var orphans = await FindOrphansAsync(cutoff, cancellationToken).ConfigureAwait(false);
        var (orphansRemoved, orphanBytes) = DeleteFolders(orphans);
        var pass = new RunRetentionPass(runs.Count, removed + trash + orphansRemoved, orphansRemoved, bytes + trashBytes + orphanBytes);
        if (pass == RunRetentionPass.Nothing)
        {
            LogNothing(logger, cutoff);
        }
        else
        {
            LogRemoved(logger, pass.Runs, cutoff, pass.Folders, pass.Orphans, pass.Bytes);
        }

        return pass;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RunRetentionDays <= 0)
        {
            LogOff(logger, options.Value.RunRetentionDays);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(options.Value.RunRetentionInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Whatever went wrong (the store away, a file held open), the next pass may succeed; the service must not stop for it.
                LogFailed(logger, exception, options.Value.RunRetentionInterval);
                await Task.Delay(options.Value.RunRetentionInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    // Folders without a run that nothing has written to since the cutoff: a run being written, or one whose row is still
    // on its way to the store, has recent files.
    private async Task<IReadOnlyList<string>> FindOrphansAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var named = folders.ListRunIds();
        if (named.Count == 0)
        {
            return [];
        }

        var known = await store.FindRunsAsync(named, cancellationToken).ConfigureAwait(false);
        return [.. named.Where(runId => !known.Contains(runId) && folders.LastWrite(runId) < cutoff)];
    }

    private (int Folders, long Bytes) DeleteFolders(IEnumerable<string> runIds)
    {
        var (count, bytes) = (0, 0L);
        foreach (var runId in runIds)
        {
            if (folders.FolderOf(runId) is null)
            {
                LogUnsafeId(logger, runId);
                continue;
            }

            try
            {
                if (folders.Delete(runId) is { } freed)
                {
                    count++;
                    bytes += freed;
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Its run is gone already: the folder is an orphan now, and the next pass's sweep tries it again.
                LogFolderFailed(logger, exception, runId);
            }
        }

        return (count, bytes);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run retention removed {Runs} run(s) started before {Cutoff:u} and {Folders} artifact folder(s) ({Orphans} without a run), {Bytes} bytes")]
    private static partial void LogRemoved(ILogger logger, int runs, DateTimeOffset cutoff, int folders, int orphans, long bytes);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run retention found nothing started before {Cutoff:u} to remove")]
    private static partial void LogNothing(ILogger logger, DateTimeOffset cutoff);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run retention is off (Storage:RunRetentionDays is {Days})")]
    private static partial void LogOff(ILogger logger, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run retention failed; trying again in {Interval}")]
    private static partial void LogFailed(ILogger logger, Exception exception, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run retention could not remove the artifact folder of run {RunId}; the next pass tries again")]
    private static partial void LogFolderFailed(ILogger logger, Exception exception, string runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run retention left the files of run '{RunId}' alone: the id is not a plain folder name")]
    private static partial void LogUnsafeId(ILogger logger, string runId);
}
