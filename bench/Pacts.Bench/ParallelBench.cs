using System.Diagnostics;
using System.Globalization;
using Pacts.Tests;
using Pacts.V1;

namespace Pacts.Bench;

/// <summary>
/// What running at once buys: every example requirement, with their test cases one after another, then up to N test
/// cases of a file at once (StartRunRequest.parallel), then N files and N test cases at once as
/// <c>pacts run --parallel N</c> does. The cache is warmed first, so each pass measures running, not discovery; the
/// passes take turns, several rounds, and the median wall time of each is compared with the one-at-a-time pass. Once
/// against the shop on loopback (no wait: the browser's work alone), once with a wait before every answer of the site,
/// as a server across a network keeps.
/// </summary>
internal static class ParallelBench
{
    private static readonly (string Name, int Files, int Cases)[] Passes =
        [("one at a time", 1, 1), ("cases 2", 1, 2), ("cases 4", 1, 4), ("files 2, cases 2", 2, 2), ("files 4, cases 4", 4, 4)];

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2;
        var latencyMs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        var root = Repo.Root();
        await using var service = new PactsServiceFactory(PactsServiceFactory.NewDataDirectory(), new Dictionary<string, string?>
        {
            ["Artifacts:Screenshots"] = "None",
            ["Artifacts:Trace"] = "false",
        });
        var client = service.CreateRunClient();
        var examples = new List<(string Name, string Content)>();
        foreach (var file in RepoPaths.PassingRequirements())
        {
            examples.Add((Path.GetFileName(file), await File.ReadAllTextAsync(file).ConfigureAwait(false)));
        }

        var sites = Path.Combine(root, "examples", "sites");
        var loopback = await SiteAsync(client, examples, sites, TimeSpan.Zero, rounds).ConfigureAwait(false);
        var distant = await SiteAsync(client, examples, sites, TimeSpan.FromMilliseconds(latencyMs), rounds).ConfigureAwait(false);
        var figures = new Dictionary<string, object>
        {
            ["examples"] = examples.Count,
            ["test_cases"] = loopback.TestCases,
            ["rounds"] = rounds,
            ["loopback"] = loopback.Figures,
            [$"site_answers_after_{latencyMs}_ms"] = distant.Figures,
            ["runs_not_passed"] = loopback.Failures + distant.Failures,
            ["processor_count"] = Environment.ProcessorCount,
        };
        await Repo.WriteResultsAsync("parallel", figures).ConfigureAwait(false);
        return loopback.Failures + distant.Failures == 0 ? 0 : 1;
    }

    // Every pass over one site, `rounds` times in turns, after a pass that warms the cache.
    private static async Task<(Dictionary<string, object> Figures, int Failures, int TestCases)> SiteAsync(
        RunService.RunServiceClient client, List<(string Name, string Content)> examples, string folder, TimeSpan latency, int rounds)
    {
        await using var site = await SiteServer.StartAsync(folder, latency).ConfigureAwait(false);
        var (_, _, testCases) = await PassAsync(client, examples, site.BaseUrl, 1, 1).ConfigureAwait(false);
        var walls = Passes.ToDictionary(p => p.Name, _ => new List<double>());
        var failures = 0;
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var (name, files, cases) in round % 2 == 1 ? Passes : Passes.Reverse())
            {
                var (wall, failed, _) = await PassAsync(client, examples, site.BaseUrl, files, cases).ConfigureAwait(false);
                walls[name].Add(wall);
                failures += failed;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"latency {latency.TotalMilliseconds} ms, round {round}, {name}: {wall:0} ms{(failed > 0 ? $", {failed} run(s) not passed" : "")}"));
            }
        }

        var baseline = Stats.Median(walls[Passes[0].Name]);
        var figures = new Dictionary<string, object>
        {
            ["median_wall_ms"] = walls.ToDictionary(w => w.Key, w => Stats.Median(w.Value)),
            ["ratio_to_one_at_a_time"] = walls.ToDictionary(w => w.Key, w => Math.Round(Stats.Median(w.Value) / baseline, 3)),
        };
        return (figures, failures, testCases);
    }

    // Every example once: up to `files` at once, each with up to `cases` test cases at once.
    private static async Task<(double WallMs, int Failed, int TestCases)> PassAsync(
        RunService.RunServiceClient client, List<(string Name, string Content)> examples, string baseUrl, int files, int cases)
    {
        using var slots = new SemaphoreSlim(files, files);
        var watch = Stopwatch.StartNew();
        var finished = await Task.WhenAll(examples.Select(async example =>
        {
            await slots.WaitAsync().ConfigureAwait(false);
            try
            {
                var events = await RunCalls.RunAsync(client, new StartRunRequest
                {
                    Requirement = new Requirement { Name = example.Name, Content = example.Content },
                    BaseUrl = baseUrl,
                    Parallel = cases,
                }).ConfigureAwait(false);
                return events.Finished();
            }
            finally
            {
                slots.Release();
            }
        })).ConfigureAwait(false);
        return (Math.Round(watch.Elapsed.TotalMilliseconds, 1), finished.Count(f => f.Status != RunStatus.Passed), finished.Sum(f => f.TestCasesPassed + f.TestCasesFailed));
    }
}
