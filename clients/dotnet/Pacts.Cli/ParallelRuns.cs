using Pacts.Cli.Output;

namespace Pacts.Cli;

/// <summary>
/// Runs requirement files up to N at once (<c>--parallel N</c>; the service runs each in its own browser contexts).
/// A file's text output is held until it finishes and then printed whole, so files never interleave; JSON lines go
/// out as they come, each naming its run.
/// </summary>
internal static class ParallelRuns
{
    public static async Task<RunResult[]> RunAsync(
        RequirementRunner runner, IReadOnlyList<RequirementFile> files, int parallel, bool jsonl, Palette palette, CancellationToken cancellationToken)
    {
        var console = TextWriter.Synchronized(Console.Out);
        var printing = new Lock();
        var printed = 0;
        using var slots = new SemaphoreSlim(parallel, parallel);
        return await Task.WhenAll(files.Select(async file =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                using var buffer = new StringWriter();
                IRunEventSink sink = jsonl ? new JsonlSink(console) : new TextRenderer(buffer, file.Name, palette);
                var result = await runner.RunAsync(file, sink, cancellationToken);
                if (!jsonl)
                {
                    lock (printing)
                    {
                        console.Write((printed++ > 0 ? Environment.NewLine : "") + buffer);
                        console.Flush();
                    }
                }

                return result;
            }
            finally
            {
                slots.Release();
            }
        }));
    }
}
