using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Pacts.Agents;
using Pacts.Agents.Discovery;
using Pacts.Agents.Execution;
using Pacts.Agents.Planning;
using Pacts.Storage.Selectors;

namespace Pacts.Bench;

/// <summary>
/// Discovery speed: median and p95 per element on a generated 2,000-element page and on the example shop, and one
/// cached step against the same step written by hand in Playwright with a fixed locator, as a ratio in one run.
/// </summary>
internal static class DiscoveryBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = Repo.Root();
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        using var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        await CacheGuard.RegisterAsync(playwright).ConfigureAwait(false);
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PACTS_CHROMIUM") ?? "/usr/bin/chromium",
            Args = [.. new BrowserOptions().Args],
        }).ConfigureAwait(false);
        await using var context = await browser.NewContextAsync().ConfigureAwait(false);
        await ServeSitesAsync(context, Path.Combine(root, "examples", "sites")).ConfigureAwait(false);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        var cache = new MemoryCache();
        var resolver = new ElementResolver(cache, Options.Create(new ExecutionOptions()), TimeProvider.System, NullLogger<ElementResolver>.Instance);

        // A generated page: 2,000 elements of every common kind, then steps for distinct elements across it.
        await page.SetContentAsync(LargePage(2_000)).ConfigureAwait(false);
        var largeSteps = Enumerable.Range(0, 20).Select(i => i * 97 % 200).Select((n, i) => i % 2 == 0
            ? Step(StepAction.Click, $"Action {n}", "button")
            : Step(StepAction.Fill, $"Field {n}", null, "x")).ToList();
        var large = await TimeDiscoveryAsync(resolver, page, largeSteps, rounds).ConfigureAwait(false);
        var elementCount = await page.EvaluateAsync<int>("() => document.querySelectorAll('*').length").ConfigureAwait(false);

        // The example shop's catalog, signed in.
        await page.GotoAsync("http://sites.local/shop/").ConfigureAwait(false);
        await page.GetByLabel("Username").FillAsync("jane").ConfigureAwait(false);
        await page.GetByLabel("Password").FillAsync("secret123").ConfigureAwait(false);
        await page.GetByRole(AriaRole.Button, new() { Name = "Login" }).ClickAsync().ConfigureAwait(false);
        await page.WaitForURLAsync("**/catalog.html").ConfigureAwait(false);
        var shopSteps = new[]
        {
            Step(StepAction.Fill, "Search products", "field", "mug"),
            Step(StepAction.Click, "Add to cart", null, scope: "Blue Mug"),
            Step(StepAction.Click, "Add to cart", null, scope: "Travel Flask"),
            Step(StepAction.Click, "Cart", "link"),
            Step(StepAction.Click, "Log out", "button"),
        };
        var shop = await TimeDiscoveryAsync(resolver, page, shopSteps, rounds).ConfigureAwait(false);

        // One cached step (resolve from the cache, gate and confirm, act) against the same step written by hand in
        // Playwright, in a fresh (signed-out) context set up as the service sets up its own. Two hand-written lines: with
        // the locator Pacts cached (a label), and with a CSS id.
        await using var fresh = await browser.NewContextAsync().ConfigureAwait(false);
        await fresh.AddInitScriptAsync(DiscoveryScript.InitScript).ConfigureAwait(false);
        await ServeSitesAsync(fresh, Path.Combine(root, "examples", "sites")).ConfigureAwait(false);
        page = await fresh.NewPageAsync().ConfigureAwait(false);
        await page.GotoAsync("http://sites.local/shop/").ConfigureAwait(false);
        var executor = new StepExecutor(Options.Create(new ExecutionOptions()));
        var fill = Step(StepAction.Fill, "Username", "field", "jane");
        await resolver.ResolveAsync(page, fill, CancellationToken.None).ConfigureAwait(false);
        var cached = new List<double>();
        var lookups = new List<double>();
        var sameLocator = new List<double>();
        var byId = new List<double>();
        var handWrittenSame = page.GetByLabel("Username", new() { Exact = true });
        var handWrittenId = page.Locator("#username");
        for (var i = 0; i < 30 * rounds; i++)
        {
            var sw = Stopwatch.StartNew();
            var resolution = await resolver.ResolveAsync(page, fill, CancellationToken.None).ConfigureAwait(false);
            var element = resolution.Element ?? throw new InvalidOperationException($"the cached step did not resolve on {page.Url}: {resolution.Message}");
            lookups.Add(sw.Elapsed.TotalMilliseconds);
            var outcome = await executor.ExecuteAsync(page, fill, element.Locator, page.Url, element.Confirmed ? null : element.Fingerprint).ConfigureAwait(false);
            cached.Add(sw.Elapsed.TotalMilliseconds);
            if (resolution.Origin == Pacts.Storage.Runs.ElementOrigin.Discovery || !outcome.Passed)
            {
                throw new InvalidOperationException($"the cached step did not run from the cache: {resolution.Origin}, {outcome.Message}");
            }

            sw.Restart();
            await handWrittenSame.FillAsync("jane").ConfigureAwait(false);
            sameLocator.Add(sw.Elapsed.TotalMilliseconds);

            sw.Restart();
            await handWrittenId.FillAsync("jane").ConfigureAwait(false);
            byId.Add(sw.Elapsed.TotalMilliseconds);
        }

        var figures = new Dictionary<string, object>
        {
            ["large_page_elements"] = elementCount,
            ["large_page_discovery_median_ms"] = Stats.Median(large),
            ["large_page_discovery_p95_ms"] = Stats.P95(large),
            ["shop_discovery_median_ms"] = Stats.Median(shop),
            ["shop_discovery_p95_ms"] = Stats.P95(shop),
            ["cached_step_median_ms"] = Stats.Median(cached),
            ["cached_step_p95_ms"] = Stats.P95(cached),
            ["cached_step_lookup_median_ms"] = Stats.Median(lookups),
            ["hand_written_step_median_ms"] = Stats.Median(sameLocator),
            ["hand_written_css_id_step_median_ms"] = Stats.Median(byId),
            ["cached_to_hand_written_ratio"] = Math.Round(Stats.Median(cached) / Math.Max(Stats.Median(sameLocator), 0.001), 2),
            ["cached_to_hand_written_css_id_ratio"] = Math.Round(Stats.Median(cached) / Math.Max(Stats.Median(byId), 0.001), 2),
            ["rounds"] = rounds,
            ["processor_count"] = Environment.ProcessorCount,
        };
        await Repo.WriteResultsAsync("discovery", figures).ConfigureAwait(false);
        return 0;
    }

    private static async Task<List<double>> TimeDiscoveryAsync(ElementResolver resolver, IPage page, IReadOnlyList<PlanStep> steps, int rounds)
    {
        var times = new List<double>();
        for (var r = 0; r < rounds + 1; r++)
        {
            foreach (var step in steps)
            {
                var sw = Stopwatch.StartNew();
                var resolution = await resolver.DiscoverAsync(page, step, 3_000, CancellationToken.None).ConfigureAwait(false);
                if (resolution.Element is null)
                {
                    throw new InvalidOperationException($"benchmark step '{step.Text}' did not resolve: {resolution.Message}");
                }

                if (r > 0)
                {
                    times.Add(sw.Elapsed.TotalMilliseconds);
                }
            }
        }

        return times;
    }

    private static PlanStep Step(StepAction action, string target, string? kind, string? value = null, string? scope = null) =>
        new(1, action, target, value, null, scope is null ? null : new StepScope(ScopeKind.Item, scope), kind, null, 1, 1, $"{action} {target}", false);

    private static string LargePage(int elements)
    {
        var html = new StringBuilder("<!doctype html><html><head><title>Large</title></head><body><main>");
        var count = 0;
        for (var i = 0; count < elements; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<section><h2>Section {i}</h2><form>");
            html.Append(CultureInfo.InvariantCulture, $"<label for=\"f{i}\">Field {i}</label><input id=\"f{i}\" name=\"f{i}\">");
            html.Append(CultureInfo.InvariantCulture, $"<button type=\"button\">Action {i}</button><a href=\"#l{i}\">Link {i}</a>");
            html.Append(CultureInfo.InvariantCulture, $"<p>Paragraph {i} with <span>some</span> text</p></form></section>");
            count += 9;
        }

        return html.Append("</main></body></html>").ToString();
    }

    // Serves examples/sites on http://sites.local/ from disk, without a web server.
    private static async Task ServeSitesAsync(IBrowserContext context, string folder) =>
        await context.RouteAsync("http://sites.local/**", async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath.TrimStart('/');
            if (path.Length == 0 || path.EndsWith('/'))
            {
                path += "index.html";
            }

            var file = Path.GetFullPath(Path.Combine(folder, path));
            if (!file.StartsWith(folder, StringComparison.Ordinal) || !File.Exists(file))
            {
                await route.FulfillAsync(new() { Status = 404 }).ConfigureAwait(false);
                return;
            }

            var type = Path.GetExtension(file) switch
            {
                ".html" => "text/html",
                ".js" => "text/javascript",
                ".css" => "text/css",
                _ => "application/octet-stream",
            };
            await route.FulfillAsync(new() { Status = 200, ContentType = type, BodyBytes = await File.ReadAllBytesAsync(file).ConfigureAwait(false) }).ConfigureAwait(false);
        }).ConfigureAwait(false);




    private sealed class MemoryCache : ISelectorCache
    {
        private readonly Dictionary<SelectorKey, CachedSelector> _entries = [];

        public Task<CacheHit?> GetAsync(SelectorKey key, CancellationToken cancellationToken) =>
            Task.FromResult(_entries.TryGetValue(key, out var hit) ? new CacheHit(hit, Pacts.Storage.Runs.ElementOrigin.CacheMemory) : null);

        public Task SetAsync(SelectorKey key, CachedSelector selector, CancellationToken cancellationToken)
        {
            _entries[key] = selector;
            return Task.CompletedTask;
        }

        public Task RemoveAsync(SelectorKey key, CancellationToken cancellationToken)
        {
            _entries.Remove(key);
            return Task.CompletedTask;
        }
    }
}
