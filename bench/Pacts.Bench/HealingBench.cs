using System.Diagnostics;
using System.Globalization;
using Pacts.Tests;
using Pacts.V1;

namespace Pacts.Bench;

/// <summary>
/// The mutation benchmark: the selectors are learnt on the example shop, then each changed version of it (a release's
/// kind of change, examples/sites/shop-variants) runs the requirements that touch the change against that cache. The
/// page reports which logical element every click and keystroke landed on, so a run is judged by what it did, not by
/// what it said: correct (passed, and touched exactly what the run on the original touched), failed honestly (failed
/// without touching anything the original run did not), or a false heal (touched something else, or passed where the
/// element it needs is gone).
/// </summary>
internal static class HealingBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = Repo.Root();
        var only = args.Length > 0 ? args[0] : null;
        var variants = VariantSite.LoadVariants().Where(v => only is null || v.Name == only).ToList();
        var requirements = variants.SelectMany(v => v.Requirements).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        await using var site = await VariantSite.StartAsync().ConfigureAwait(false);

        // Learn every selector on the original shop once; each variant starts from a copy of that store.
        var learnt = PactsServiceFactory.NewDataDirectory();
        var truth = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using (var service = new PactsServiceFactory(learnt))
        {
            foreach (var file in requirements)
            {
                var (events, hits) = await RunAsync(service, site, root, file).ConfigureAwait(false);
                if (events.Finished().Status != RunStatus.Passed)
                {
                    throw new InvalidOperationException($"{file} does not pass on the original shop: {events.Finished().Message}");
                }

                truth[file] = hits;
            }
        }

        var results = new List<Dictionary<string, object>>();
        foreach (var variant in variants)
        {
            var watch = Stopwatch.StartNew();
            var data = PactsServiceFactory.NewDataDirectory();
            CopyDirectory(learnt, data);
            site.Use(variant.Name);
            var runs = new List<Dictionary<string, object>>();
            await using (var service = new PactsServiceFactory(data))
            {
                foreach (var file in variant.Requirements)
                {
                    var (events, hits) = await RunAsync(service, site, root, file).ConfigureAwait(false);
                    runs.Add(Judge(variant, file, events, hits, truth[file]));
                }
            }

            site.Use(null);
            var verdict = runs.Any(r => (string)r["verdict"] == "false_heal") ? "false_heal"
                : runs.All(r => (string)r["verdict"] == "correct") ? "correct"
                : "failed_honestly";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{variant.Name,-24} {variant.Kind,-18} {(variant.Healable ? "healable" : "removed"),-9} {verdict,-16} heals {runs.Sum(r => (int)r["heals"])}, rediscovered {runs.Sum(r => (int)r["rediscovered"])}, {watch.Elapsed.TotalSeconds:0.0} s"));
            results.Add(new Dictionary<string, object>
            {
                ["name"] = variant.Name,
                ["kind"] = variant.Kind,
                ["healable"] = variant.Healable,
                ["verdict"] = verdict,
                ["runs"] = runs,
            });
        }

        var healable = results.Where(r => (bool)r["healable"]).ToList();
        int Count(IEnumerable<Dictionary<string, object>> rows, string verdict) => rows.Count(r => (string)r["verdict"] == verdict);
        var figures = new Dictionary<string, object>
        {
            ["variants"] = results.Count,
            ["healable"] = healable.Count,
            ["healed_correctly"] = Count(healable, "correct"),
            ["healed_correctly_rate"] = healable.Count == 0 ? 0 : Math.Round((double)Count(healable, "correct") / healable.Count, 4),
            ["failed_honestly"] = Count(results, "failed_honestly"),
            ["false_heals"] = Count(results, "false_heal"),
            ["not_healable_failed"] = results.Count(r => !(bool)r["healable"] && (string)r["verdict"] != "false_heal"),
            ["per_kind"] = results.GroupBy(r => (string)r["kind"]).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(
                g => g.Key,
                g => (object)new Dictionary<string, int>
                {
                    ["variants"] = g.Count(),
                    ["correct"] = Count(g, "correct"),
                    ["failed_honestly"] = Count(g, "failed_honestly"),
                    ["false_heals"] = Count(g, "false_heal"),
                }),
            ["details"] = results,
            ["processor_count"] = Environment.ProcessorCount,
        };
        await Repo.WriteResultsAsync("healing", figures).ConfigureAwait(false);
        return Count(results, "false_heal") == 0 ? 0 : 1;
    }

    private static async Task<(IReadOnlyList<RunEvent> Events, List<string> Hits)> RunAsync(PactsServiceFactory service, VariantSite site, string root, string file)
    {
        var content = await File.ReadAllTextAsync(Path.Combine(root, "examples", "requirements", file)).ConfigureAwait(false);
        var events = await RunCalls.RunAsync(service.CreateRunClient(), file, content, site.BaseUrl).ConfigureAwait(false);
        // The probe's beacons travel on their own; the run is over when no more arrive.
        var hits = new List<BenchHit>();
        for (var quiet = 0; quiet < 2; quiet++)
        {
            await Task.Delay(150).ConfigureAwait(false);
            var more = site.TakeHits();
            hits.AddRange(more);
            quiet = more.Count > 0 ? -1 : quiet;
        }

        return (events, Collapse(hits));
    }

    // Typing a value fires one input event per key; what matters is the sequence of elements touched and how.
    private static List<string> Collapse(IReadOnlyList<BenchHit> hits)
    {
        var sequence = new List<string>();
        foreach (var hit in hits)
        {
            var touch = $"{hit.Type}:{hit.BenchId}";
            if (sequence.Count == 0 || sequence[^1] != touch)
            {
                sequence.Add(touch);
            }
        }

        return sequence;
    }

    private static Dictionary<string, object> Judge(ShopVariant variant, string file, IReadOnlyList<RunEvent> events, List<string> hits, List<string> truth)
    {
        var finished = events.Finished();
        var passed = finished.Status == RunStatus.Passed;
        var prefix = hits.Count <= truth.Count && hits.SequenceEqual(truth.Take(hits.Count));
        var wrong = hits.Where((h, i) => i >= truth.Count || truth[i] != h).FirstOrDefault();
        var verdict = !prefix || (passed && !variant.Healable) ? "false_heal"
            : passed && hits.SequenceEqual(truth) ? "correct"
            : "failed_honestly";
        var heals = events.Where(e => e.KindCase == RunEvent.KindOneofCase.StepHealed).Select(e => e.StepHealed).ToList();
        var resolvedTwice = events.Where(e => e.KindCase == RunEvent.KindOneofCase.ElementResolved)
            .GroupBy(e => (e.ElementResolved.TestCaseIndex, e.ElementResolved.StepIndex)).Count(g => g.Count() > 1 && g.All(e => e.ElementResolved.Source != ElementSource.Heal));
        return new Dictionary<string, object>
        {
            ["requirement"] = file,
            ["status"] = finished.Status.ToString(),
            ["verdict"] = verdict,
            ["heals"] = heals.Count(h => h.Healed),
            ["heal_attempts_failed"] = heals.Count(h => !h.Healed),
            ["heal_strategies"] = heals.Where(h => h.Healed).Select(h => h.Strategy).ToList(),
            ["rediscovered"] = resolvedTwice,
            ["first_wrong_touch"] = wrong ?? "",
            ["failure"] = finished.Failures.Count > 0 ? finished.Failures[0].Message : "",
        };
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
