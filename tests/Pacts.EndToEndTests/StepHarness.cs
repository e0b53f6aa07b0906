using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Pacts.Agents;
using Pacts.Agents.Discovery;
using Pacts.Agents.Execution;
using Pacts.Agents.Planning;
using Pacts.Agents.Planning.Specs;
using Pacts.Storage.Selectors;

namespace Pacts.EndToEndTests;

/// <summary>
/// Steps written as text, read by the grammar, their elements discovered and executed in Chromium, on pages served
/// from memory at <see cref="Origin"/>. Short step timeouts keep the failing cases quick.
/// </summary>
internal sealed class StepHarness(IBrowser browser)
{
    public const string Origin = "http://pacts.test";

    private static readonly IOptions<ExecutionOptions> Options = Microsoft.Extensions.Options.Options.Create(new ExecutionOptions { StepTimeoutMs = 1_500 });
    private static readonly IOptions<ExecutionOptions> Patient = Microsoft.Extensions.Options.Options.Create(new ExecutionOptions { StepTimeoutMs = 15_000 });

    /// <summary>One line as the grammar reads it, as the step a plan would hold.</summary>
    public static PlanStep Plan(string text, bool expectation, int line = 1)
    {
        var read = StepGrammar.Read(text, expectation);
        Assert.True(read.Success, $"line {line}: the grammar cannot read '{text}': {read.Error}");
        var d = Assert.Single(read.Steps);
        return new PlanStep(1, d.Action, d.Target, d.Value, d.Values, d.Scope, d.ElementKind, d.Ordinal, line, 1, text, expectation);
    }

    // Opens the page at Origin/start (and any other paths given), served from memory. A page written as a whole document
    // (starting with <!doctype or <html) is served as written, with its own title; other pages are a body titled "Test".
    public async Task<IPage> OpenAsync(string html, params (string Path, string Html)[] others)
    {
        var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync(DiscoveryScript.InitScript);
        var pages = others.ToDictionary(o => o.Path, o => o.Html, StringComparer.Ordinal);
        pages["/start"] = html;
        await context.RouteAsync($"{Origin}/**", route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            return pages.TryGetValue(path, out var body)
                ? route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = Document(body) })
                : route.FulfillAsync(new() { Status = 404 });
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{Origin}/start");
        return page;
    }

    // One step read from text, acted on through a fixed locator (as a cached one would be).
    public async Task<StepOutcome> ActOnAsync(string html, string text, string css)
    {
        var page = await OpenAsync(html);
        return await new StepExecutor(Options).ExecuteAsync(page, Plan(text, IsExpectation(text)), new LocatorSpec(LocatorKind.Css, css), $"{Origin}/start");
    }

    // One step's element discovered now, as the first run stores it in the cache.
    public static async Task<ResolvedElement> DiscoverAsync(IPage page, string text)
    {
        var resolver = new ElementResolver(new NoSelectorCache(), Options, TimeProvider.System, NullLogger<ElementResolver>.Instance);
        var resolution = await resolver.ResolveAsync(page, Plan(text, IsExpectation(text)), TestContext.Current.CancellationToken);
        return resolution.Element ?? throw new InvalidOperationException($"'{text}' found no element: {resolution.Message}");
    }

    // One step acted on through an element taken from the cache, not yet confirmed: the action's guard confirms it.
    public static Task<StepOutcome> ActOnCachedAsync(IPage page, string text, ResolvedElement cached) =>
        new StepExecutor(Options).ExecuteAsync(page, Plan(text, IsExpectation(text)), cached.Locator, $"{Origin}/start", cached.Fingerprint);

    // Each step read from text, its element discovered, then executed; stops at the first failure.
    public static Task<List<StepOutcome>> RunAsync(IPage page, params string[] steps) =>
        RunStepsAsync(page, [.. steps.Select(text => Plan(text, IsExpectation(text)))]);

    // Each step given as a spec gives it (checked as a spec's step is), its element discovered when it needs one, then
    // executed; stops at the first failure.
    public static Task<List<StepOutcome>> RunDraftsAsync(IPage page, params StepDraft[] drafts) =>
        RunStepsAsync(page, [.. drafts.Select((d, i) => Checked(d, i + 1))]);

    // As RunDraftsAsync with a generous step timeout (a ceiling only), for steps that must pass on a busy machine too:
    // a click that opens a page, a check that waits for the page to change.
    public static Task<List<StepOutcome>> RunDraftsPatientlyAsync(IPage page, params StepDraft[] drafts) =>
        RunStepsAsync(page, [.. drafts.Select((d, i) => Checked(d, i + 1))], Patient);

    private static PlanStep Checked(StepDraft d, int index)
    {
        Assert.Null(SpecSteps.Check(d));
        return new PlanStep(index, d.Action, d.Target, d.Value, d.Values, d.Scope, d.ElementKind, d.Ordinal, index, 1, d.Describe(), ActionNames.IsAssertion(d.Action), "spec");
    }

    private static async Task<List<StepOutcome>> RunStepsAsync(IPage page, IReadOnlyList<PlanStep> steps, IOptions<ExecutionOptions>? options = null)
    {
        var resolver = new ElementResolver(new NoSelectorCache(), options ?? Options, TimeProvider.System, NullLogger<ElementResolver>.Instance);
        var executor = new StepExecutor(options ?? Options);
        var outcomes = new List<StepOutcome>();
        foreach (var step in steps)
        {
            var text = step.Text;
            LocatorSpec? element = null;
            if (step.NeedsElement)
            {
                var resolution = await resolver.ResolveAsync(page, step, TestContext.Current.CancellationToken);
                Assert.True(resolution.Element is not null, $"'{text}' found no element: {resolution.Message}");
                element = resolution.Element.Locator;
            }

            var outcome = await executor.ExecuteAsync(page, step, element, $"{Origin}/start");
            outcomes.Add(outcome);
            if (!outcome.Passed)
            {
                break;
            }
        }

        return outcomes;
    }

    private static bool IsExpectation(string text) => text.StartsWith("Verify", StringComparison.Ordinal);

    private static string Document(string html) =>
        html.TrimStart().StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) || html.TrimStart().StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? html
            : $"<!doctype html><html><head><title>Test</title></head><body>{html}</body></html>";
}

/// <summary>A selector cache that remembers nothing, so every step is discovered.</summary>
internal sealed class NoSelectorCache : ISelectorCache
{
    public Task<CacheHit?> GetAsync(SelectorKey key, CancellationToken cancellationToken) => Task.FromResult<CacheHit?>(null);

    public Task SetAsync(SelectorKey key, CachedSelector selector, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RemoveAsync(SelectorKey key, CancellationToken cancellationToken) => Task.CompletedTask;
}
