using System.Diagnostics;
using Pacts.Agents.UnitTests.Planning;

namespace Pacts.Bench;

/// <summary>
/// How well the grammar reads requirements written by outsiders: on the whole corpus and on its held-back part, the
/// share of lines read as annotated, misreads (steps that differ from every annotated reading), refusals, and lines per
/// second. Held-back lines are counted, never printed; <c>--open</c> lists the open lines that were not read right.
/// </summary>
internal static class LanguageBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["--slowest", ..])
        {
            // The phrasing corpus lines that take the grammar longest: where to look when bench/run planner slows down.
            var corpus = Path.Combine(Repo.Root(), "tests", "Pacts.Agents.UnitTests", "Planning", "corpus");
            var lines = Directory.GetFiles(corpus, "*.txt").SelectMany(File.ReadAllLines)
                .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("=> ", StringComparison.Ordinal) && !l.StartsWith("!! ", StringComparison.Ordinal))
                .Select(l => l.StartsWith("@expect ", StringComparison.Ordinal) ? (Line: l[8..], Expectation: true) : (Line: l, Expectation: false)).ToList();
            var timed = lines.Select(l =>
            {
                Pacts.Agents.Planning.StepGrammar.Read(l.Line, l.Expectation);
                var sw = Stopwatch.StartNew();
                for (var i = 0; i < 50; i++)
                {
                    Pacts.Agents.Planning.StepGrammar.Read(l.Line, l.Expectation);
                }

                return (l.Line, Us: sw.Elapsed.TotalMicroseconds / 50);
            }).OrderByDescending(t => t.Us).ToList();
            Console.WriteLine($"total {timed.Sum(t => t.Us):F0} us for {timed.Count} lines");
            foreach (var (slow, us) in timed.Take(25))
            {
                Console.WriteLine($"{us,8:F1} us  {slow}");
            }

            return 0;
        }

        if (args is ["--read", var line, ..])
        {
            // One line, as a step and as an expected result: for trying a phrasing by hand.
            foreach (var expectation in new[] { false, true })
            {
                var read = Pacts.Agents.Planning.StepGrammar.Read(line, expectation);
                Console.WriteLine($"{(expectation ? "expected" : "step"),-8} {(read.Error ?? string.Join(" | ", read.Steps.Select(s => s.Describe())))}");
            }

            return 0;
        }

        var root = Path.Combine(Repo.Root(), "tests", "Pacts.Agents.UnitTests", "Planning", "outsiders");
        var files = OutsiderCorpus.Load(root);
        var results = files.SelectMany(OutsiderCorpus.Evaluate).ToList();

        var lineCount = results.Count;
        var sw = Stopwatch.StartNew();
        var rounds = 0;
        while (sw.ElapsedMilliseconds < 2_000)
        {
            foreach (var file in files)
            {
                OutsiderCorpus.Evaluate(file);
            }

            rounds++;
        }

        var linesPerSecond = rounds * lineCount / sw.Elapsed.TotalSeconds;
        var figures = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["files"] = files.Count,
            ["writers"] = files.Select(f => f.Writer).Distinct().Count(),
            ["apps"] = files.Select(f => f.App).Distinct().Count(),
            ["lines_per_second"] = Math.Round(linesPerSecond),
        };
        Add(figures, "all", results);
        Add(figures, "open", results.Where(r => !r.File.HeldBack).ToList());
        Add(figures, "held_back", results.Where(r => r.File.HeldBack).ToList());
        foreach (var group in results.GroupBy(r => r.File.Writer).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Add(figures, "writer_" + group.Key.Replace('-', '_'), group.ToList());
        }

        foreach (var group in results.GroupBy(r => r.File.App).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Add(figures, "app_" + group.Key, group.ToList());
        }

        if (args.Contains("--open"))
        {
            foreach (var r in results.Where(r => !r.File.HeldBack && r.Verdict is LineVerdict.Misread or LineVerdict.Refused))
            {
                Console.WriteLine($"{r.Verdict,-8} {r.File.Path}:{r.Line.Line}: {r.Line.Text}");
                Console.WriteLine($"         want {string.Join(" | ", r.Line.Readings[0])}");
                Console.WriteLine($"         read {(r.Error is null ? string.Join(" | ", r.Read) : r.Error)}");
            }
        }

        await Repo.WriteResultsAsync("language", figures).ConfigureAwait(false);
        return 0;
    }

    private static void Add(Dictionary<string, object> figures, string prefix, List<LineResult> results)
    {
        figures[prefix + "_lines"] = results.Count;
        figures[prefix + "_share_right"] = Math.Round(OutsiderCorpus.ShareRight(results), 4);
        figures[prefix + "_as_expected"] = results.Count(r => r.Verdict == LineVerdict.AsExpected);
        figures[prefix + "_rightly_refused"] = results.Count(r => r.Verdict == LineVerdict.RightlyRefused);
        figures[prefix + "_misreads"] = results.Count(r => r.Verdict == LineVerdict.Misread);
        figures[prefix + "_refused"] = results.Count(r => r.Verdict == LineVerdict.Refused);
    }
}
