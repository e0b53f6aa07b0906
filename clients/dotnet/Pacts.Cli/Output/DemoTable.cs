namespace Pacts.Cli.Output;

/// <summary>The demo's closing table: each requirement's verdict, time and element sources, round by round.</summary>
internal sealed class DemoTable(IReadOnlyList<string> names, int rounds)
{
    /// <summary>The width of one round's cells (see <see cref="Cells"/>).</summary>
    private const int RoundWidth = 41;

    private readonly RunResult?[,] _results = new RunResult?[names.Count, rounds];

    public void Record(int file, int round, RunResult result) => _results[file, round - 1] = result;

    public void Write(TextWriter output, Palette palette)
    {
        var nameWidth = Math.Max("requirement".Length, names.Max(name => name.Length)) + 2;
        var header = "requirement".PadRight(nameWidth);
        var subHeader = new string(' ', nameWidth);
        for (var round = 1; round <= rounds; round++)
        {
            header += $"round {round}".PadRight(RoundWidth);
            subHeader += Cells("verdict", "time", "discovery", "cache");
        }

        output.WriteLine(palette.Bold(header.TrimEnd()));
        output.WriteLine(palette.Dim(subHeader.TrimEnd()));
        for (var file = 0; file < names.Count; file++)
        {
            var line = names[file].PadRight(nameWidth);
            for (var round = 0; round < rounds; round++)
            {
                line += Row(_results[file, round], palette);
            }

            output.WriteLine(line.TrimEnd());
        }

        var total = "total".PadRight(nameWidth);
        for (var round = 0; round < rounds; round++)
        {
            total += Total(round);
        }

        output.WriteLine(palette.Bold(total.TrimEnd()));
        WriteCacheLine(output, rounds - 1);
    }

    private static string Cells(string verdict, string time, string discovery, string cache) =>
        $"{verdict,-12}{time,9}{discovery,11}{cache,7}  ";

    private static string Row(RunResult? result, Palette palette)
    {
        if (result is null)
        {
            return Cells("-", "", "", "");
        }

        var time = result.Finished is { } finished ? Labels.Duration(finished.DurationMs) : "";
        var cells = Cells(result.Verdict, time, $"{result.Discovered}", $"{result.FromCache}");
        var verdict = cells[..12];
        var colored = result.ExitCode == ExitCodes.Passed ? palette.Green(verdict) : palette.Red(verdict);
        return colored + cells[12..];
    }

    private string Total(int round)
    {
        var results = Enumerable.Range(0, names.Count).Select(file => _results[file, round]).OfType<RunResult>().ToList();
        var passed = results.Count(result => result.ExitCode == ExitCodes.Passed);
        var milliseconds = results.Sum(result => result.Finished?.DurationMs ?? 0);
        return Cells(
            $"{passed}/{names.Count} passed",
            Labels.Duration(milliseconds),
            $"{results.Sum(result => result.Discovered)}",
            $"{results.Sum(result => result.FromCache)}");
    }

    private void WriteCacheLine(TextWriter output, int round)
    {
        var results = Enumerable.Range(0, names.Count).Select(file => _results[file, round]).OfType<RunResult>().ToList();
        var cached = results.Sum(result => result.FromCache);
        var resolved = cached + results.Sum(result => result.Discovered + result.Healed);
        if (resolved > 0)
        {
            output.WriteLine($"round {round + 1} cache hits: {cached} of {resolved} elements ({100.0 * cached / resolved:0} %)");
        }
    }
}
