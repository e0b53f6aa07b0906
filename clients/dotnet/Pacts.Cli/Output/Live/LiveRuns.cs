using Pacts.V1;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Pacts.Cli.Output.Live;

/// <summary>
/// Runs requirement files (up to N at once) under a Spectre.Console live display of a <see cref="RunBoard"/>. The
/// display owns the console while it lasts: events only update the board, one loop here redraws it, and nothing
/// else is written until it ends (reports, diagnostics and summaries are printed afterwards by the caller). The
/// final table is then written once more in full, so it stays on screen even when the live one was cropped.
/// </summary>
internal static class LiveRuns
{
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(200);

    public static async Task<RunResult[]> RunAsync(
        RequirementRunner runner, IReadOnlyList<RequirementFile> files, int parallel, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var board = new RunBoard(files.Select(file => file.Name), TimeProvider.System);
        IRenderable Frame() => RunBoardView.Build(board.Snapshot(), console.Profile.Width);
        try
        {
            return await console.Live(Frame())
                .AutoClear(true)
                .Overflow(VerticalOverflow.Ellipsis)
                .Cropping(VerticalOverflowCropping.Top)
                .StartAsync(context => RunAllAsync(context, Frame, StartAllAsync(board, runner, files, parallel, cancellationToken)));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C (Interrupt): the display has stopped; show where everything stood, then let CommandGuard report it.
            board.Interrupt();
            throw;
        }
        finally
        {
            console.Write(Frame());
        }
    }

    /// <summary>Redraws <paramref name="frame"/> as the runs go (the elapsed times tick even between events) until <paramref name="all"/> end.</summary>
    private static async Task<RunResult[]> RunAllAsync(LiveDisplayContext context, Func<IRenderable> frame, Task<RunResult[]> all)
    {
        using var redraw = new PeriodicTimer(RedrawInterval);
        while (!all.IsCompleted)
        {
            context.UpdateTarget(frame());
            // No token here: after Ctrl+C the runs stop on their own token, and a cancelled tick would spin this loop.
            await Task.WhenAny(all, redraw.WaitForNextTickAsync(CancellationToken.None).AsTask());
        }

        context.UpdateTarget(frame());
        return await all;
    }

    /// <summary>Starts the files in order as slots free up; after a call that failed outright, the rest are not started.</summary>
    private static async Task<RunResult[]> StartAllAsync(
        RunBoard board, RequirementRunner runner, IReadOnlyList<RequirementFile> files, int parallel, CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(parallel, parallel);
        var broken = false;
        var runs = new List<Task<RunResult>>(files.Count);
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                await slots.WaitAsync(cancellationToken);
                if (Volatile.Read(ref broken))
                {
                    slots.Release();
                    board.Skipped(i);
                    runs.Add(Task.FromResult(new RunResult { Error = "not run: an earlier run failed to complete" }));
                    continue;
                }

                var index = i;
                runs.Add(RunOneAsync(index));
            }
        }
        catch (OperationCanceledException)
        {
            // The runs already started release their slots as they stop: wait for them before the semaphore goes.
            await ((Task)Task.WhenAll(runs)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        return await Task.WhenAll(runs);

        async Task<RunResult> RunOneAsync(int index)
        {
            try
            {
                board.Starting(index);
                var result = await runner.RunAsync(files[index], new BoardSink(board, index), cancellationToken);
                board.Finished(index, result);
                if (result.Error is not null)
                {
                    Volatile.Write(ref broken, true);
                }

                return result;
            }
            finally
            {
                slots.Release();
            }
        }
    }

    private sealed class BoardSink(RunBoard board, int file) : IRunEventSink
    {
        public void OnEvent(RunEvent runEvent) => board.Apply(file, runEvent);
    }
}
