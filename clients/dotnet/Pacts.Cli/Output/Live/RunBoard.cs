using Pacts.V1;

namespace Pacts.Cli.Output.Live;

/// <summary>
/// The live view's model: every requirement file of a <c>pacts run</c> and its test cases, kept up to date from the
/// runs' events. Runs feed it from several tasks at once (<c>--parallel</c>) while the view reads snapshots, hence
/// the lock. It holds only what the events carried (step texts arrive masked), so the view can show nothing more.
/// </summary>
internal sealed class RunBoard
{
    private readonly FileProgress[] _files;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    public RunBoard(IEnumerable<string> fileNames, TimeProvider time)
    {
        _files = [.. fileNames.Select(name => new FileProgress(name))];
        _time = time;
    }

    /// <summary>The file's run is about to start: it leaves the queue and its clock starts.</summary>
    public void Starting(int file) => Update(file, (progress, now) => progress.Start(now));

    public void Apply(int file, RunEvent runEvent) => Update(file, (progress, now) => progress.Apply(runEvent, now));

    /// <summary>The file's call returned with <paramref name="result"/>.</summary>
    public void Finished(int file, RunResult result) => Update(file, (progress, now) => progress.Complete(result, now));

    public void Skipped(int file) => Update(file, (progress, _) => progress.Skip());

    /// <summary>Ctrl+C: every file and test case that had not finished shows as cancelled.</summary>
    public void Interrupt()
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            foreach (var file in _files)
            {
                file.Interrupt(now);
            }
        }
    }

    public IReadOnlyList<FileSnapshot> Snapshot()
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            return [.. _files.Select(file => file.Snapshot(now, _time))];
        }
    }

    private void Update(int file, Action<FileProgress, long> change)
    {
        lock (_gate)
        {
            change(_files[file], _time.GetTimestamp());
        }
    }
}
