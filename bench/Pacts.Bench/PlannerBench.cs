using System.Diagnostics;
using System.Globalization;
using Pacts.Agents.Planning;

namespace Pacts.Bench;

/// <summary>
/// The Planner's speed: lines per second over the phrasing corpus, per-line latency percentiles, the slowest
/// adversarial line, and the share of the corpus the grammar reads without an LLM.
/// </summary>
internal static class PlannerBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = Repo.Root();
        var corpus = Path.Combine(root, "tests", "Pacts.Agents.UnitTests", "Planning", "corpus");
        var steps = ReadCorpus(Path.Combine(corpus, "steps.txt"));
        var rejects = ReadCorpus(Path.Combine(corpus, "rejects.txt"));
        var all = steps.Concat(rejects).ToList();

        // Warm up the generated regexes and the JIT.
        for (var i = 0; i < 3; i++)
        {
            foreach (var (line, expectation) in all)
            {
                StepGrammar.Read(line, expectation);
            }
        }

        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 7;
        var throughput = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            var sw = Stopwatch.StartNew();
            var iterations = 0;
            while (sw.ElapsedMilliseconds < 1_000)
            {
                foreach (var (line, expectation) in all)
                {
                    StepGrammar.Read(line, expectation);
                }

                iterations++;
            }

            throughput.Add(iterations * all.Count / sw.Elapsed.TotalSeconds);
        }

        var perLine = new List<double>();
        foreach (var (line, expectation) in all)
        {
            var sw = Stopwatch.StartNew();
            for (var i = 0; i < 20; i++)
            {
                StepGrammar.Read(line, expectation);
            }

            perLine.Add(sw.Elapsed.TotalMicroseconds / 20);
        }

        var adversarial = new[]
        {
            string.Join(" and ", Enumerable.Repeat("the banner is visible", 40))[..990],
            "Click " + new string('a', 980),
            "Enter " + string.Concat(Enumerable.Repeat("x in ", 190)),
            "Verify " + string.Concat(Enumerable.Repeat("\"a\", ", 190)) + "appear in that order",
        };
        var worstAdversarialMs = adversarial.Max(line =>
        {
            var sw = Stopwatch.StartNew();
            StepGrammar.Read(line, expectation: false);
            StepGrammar.Read(line, expectation: true);
            return sw.Elapsed.TotalMilliseconds / 2;
        });

        var readByGrammar = steps.Count(s => StepGrammar.Read(s.Line, s.Expectation).Success);
        var examples = Directory.GetFiles(Path.Combine(root, "examples", "requirements"), "*.txt", SearchOption.AllDirectories);
        var exampleLines = 0;
        var exampleUnread = 0;
        foreach (var file in examples)
        {
            var result = PlainTextParser.Parse(Path.GetFileName(file), await File.ReadAllTextAsync(file).ConfigureAwait(false));
            exampleLines += result.Plan?.TestCases.Sum(t => t.Steps.Select(s => s.Line).Distinct().Count()) ?? 0;
            exampleUnread += result.Errors.Count;
        }

        perLine.Sort();
        throughput.Sort();
        var figures = new Dictionary<string, object>
        {
            ["corpus_lines"] = all.Count,
            ["corpus_step_lines"] = steps.Count,
            ["corpus_reject_lines"] = rejects.Count,
            ["lines_per_second_median"] = Math.Round(throughput[throughput.Count / 2]),
            ["lines_per_second_min"] = Math.Round(throughput[0]),
            ["line_p50_us"] = Math.Round(Percentile(perLine, 0.50), 1),
            ["line_p99_us"] = Math.Round(Percentile(perLine, 0.99), 1),
            ["line_max_us"] = Math.Round(perLine[^1], 1),
            ["adversarial_990_char_line_max_ms"] = Math.Round(worstAdversarialMs, 2),
            ["grammar_share_of_corpus"] = Math.Round((double)readByGrammar / steps.Count, 4),
            ["example_lines"] = exampleLines,
            ["example_lines_needing_llm"] = exampleUnread,
            ["rounds"] = rounds,
            ["processor_count"] = Environment.ProcessorCount,
        };

        await Repo.WriteResultsAsync("planner", figures).ConfigureAwait(false);
        return 0;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static List<(string Line, bool Expectation)> ReadCorpus(string path)
    {
        var cases = new List<(string, bool)>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("=>", StringComparison.Ordinal) || line.StartsWith("!!", StringComparison.Ordinal))
            {
                continue;
            }

            var expectation = line.StartsWith("@expect ", StringComparison.Ordinal);
            cases.Add((expectation ? line["@expect ".Length..] : line, expectation));
        }

        return cases;
    }
}
