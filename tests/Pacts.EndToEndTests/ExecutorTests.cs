using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Pacts.Agents;
using Pacts.Agents.Discovery;
using Pacts.Agents.Execution;
using Pacts.Agents.Planning;
using Pacts.Storage.Selectors;

namespace Pacts.EndToEndTests;

/// <summary>
/// Every action from plain text through discovery to Chromium, and the five-point gate: each failing point is named,
/// and "receives events" names what covers the element.
/// </summary>
public sealed class ExecutorTests(DiscoveryCorpusFixture fixture) : IClassFixture<DiscoveryCorpusFixture>
{
    private const string Origin = "http://pacts.test";
    private static readonly IOptions<ExecutionOptions> Options = Microsoft.Extensions.Options.Options.Create(new ExecutionOptions { StepTimeoutMs = 1_500 });

    [Fact]
    public async Task Gate_DisabledButton_FailsAtEnabled()
    {
        var outcome = await ActOnAsync("<button id='save' disabled>Save</button>", "Click the Save button", "#save");

        Assert.Equal("enabled", outcome.GatePoint);
        Assert.Contains("disabled", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_HiddenButton_FailsAtVisible()
    {
        var outcome = await ActOnAsync("<button id='save' style='display:none'>Save</button>", "Click the Save button", "#save");

        Assert.Equal("visible", outcome.GatePoint);
    }

    [Fact]
    public async Task Gate_RemovedElement_FailsAtAttached()
    {
        var outcome = await ActOnAsync("<button id='other'>Other</button>", "Click the Save button", "#save");

        Assert.Equal("attached", outcome.GatePoint);
    }

    [Fact]
    public async Task Gate_CoveredButton_NamesWhatCoversIt()
    {
        const string Html = """
            <button id='save'>Save</button>
            <div class='cookie-banner' style='position:fixed;inset:0;background:rgba(0,0,0,.4)'>We use cookies</div>
            """;

        var outcome = await ActOnAsync(Html, "Click the Save button", "#save");

        Assert.Equal("receives events", outcome.GatePoint);
        Assert.Contains("cookie-banner", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_ButtonThatNeverStopsMoving_FailsAtStable()
    {
        const string Html = """
            <style>@keyframes slide { from { transform: translateX(0) } to { transform: translateX(300px) } }</style>
            <button id='save' style='animation: slide .2s linear infinite'>Save</button>
            """;

        var outcome = await ActOnAsync(Html, "Click the Save button", "#save");

        Assert.Equal("stable", outcome.GatePoint);
    }

    [Theory]
    [InlineData("<button id='save'>Save</button><div class='cookie-banner' style='position:fixed;inset:0'>We use cookies</div>", "receives events", "cookie-banner")]
    [InlineData("<style>@keyframes slide { to { transform: translateX(300px) } }</style><button id='save' style='animation: slide .2s linear infinite'>Save</button>", "stable", "moving")]
    public async Task Gate_TimeoutWithoutPlaywrightsLog_IsStillDiagnosedFromThePage(string html, string point, string said)
    {
        // On a loaded machine an action can time out before Playwright logs why; the page itself must still tell.
        var page = await OpenAsync(html);

        var outcome = await ActionGate.DiagnoseAsync(page.Locator("#save"), new TimeoutException("Timeout 1500ms exceeded."), needsEnabled: true);

        Assert.Equal(point, outcome.GatePoint);
        Assert.Contains(said, outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_ReadOnlyField_FailsAtEnabled()
    {
        var outcome = await ActOnAsync("<label>Name <input id='name' readonly value='x'></label>", "Enter \"Jane\" in the Name field", "#name");

        Assert.Equal("enabled", outcome.GatePoint);
        Assert.Contains("read-only", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_ButtonEnabledLater_IsWaitedFor()
    {
        const string Html = """
            <button id='save' disabled onclick="document.title = 'saved'">Save</button>
            <script>setTimeout(() => document.getElementById('save').disabled = false, 300)</script>
            """;
        var page = await OpenAsync(Html);

        var outcomes = await RunAsync(page, "Click the Save button");

        Assert.True(outcomes[^1].Passed, outcomes[^1].Message);
        Assert.Equal("saved", await page.TitleAsync());
    }

    [Fact]
    public async Task Upload_SetsTheFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"pacts-upload-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "hello", TestContext.Current.CancellationToken);
        try
        {
            var page = await OpenAsync("<label for='cv'>CV</label><input id='cv' type='file'>");

            var outcomes = await RunAsync(page, $"Upload \"{file}\" to the CV field");

            Assert.True(outcomes[^1].Passed, outcomes[^1].Message);
            Assert.Equal(Path.GetFileName(file), await page.EvaluateAsync<string>("() => document.getElementById('cv').files[0].name"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Upload_MissingFile_SaysWhichFile()
    {
        var page = await OpenAsync("<label for='cv'>CV</label><input id='cv' type='file'>");

        var outcomes = await RunAsync(page, "Upload \"/nonexistent/cv.pdf\" to the CV field");

        Assert.False(outcomes[^1].Passed);
        Assert.Contains("/nonexistent/cv.pdf", outcomes[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Select_NativeByLabelAndByValue()
    {
        var page = await OpenAsync("<label for='c'>Country</label><select id='c'><option value='us'>United States</option><option value='ca'>Canada</option><option value='mx'>Mexico</option></select>");

        var outcomes = await RunAsync(page, "Select \"Canada\" from the Country dropdown", "Verify the Country dropdown shows \"Canada\"", "Select \"mx\" from the Country dropdown");

        Assert.All(outcomes, o => Assert.True(o.Passed, o.Message));
        Assert.Equal("mx", await page.InputValueAsync("#c"));
    }

    [Fact]
    public async Task Select_UnknownOption_ListsTheOptions()
    {
        var page = await OpenAsync("<label for='c'>Country</label><select id='c'><option>Canada</option><option>Mexico</option></select>");

        var outcomes = await RunAsync(page, "Select \"France\" from the Country dropdown");

        Assert.False(outcomes[^1].Passed);
        Assert.Equal("Canada, Mexico", outcomes[^1].Actual);
    }

    [Fact]
    public async Task Select_AriaCombobox_OpensAndPicks()
    {
        const string Html = """
            <span id='l'>Size</span>
            <div role='combobox' aria-labelledby='l' aria-expanded='false' tabindex='0' id='size'>Choose…</div>
            <ul role='listbox' id='opts' hidden>
              <li role='option'>Small</li><li role='option'>Medium</li><li role='option'>Large</li>
            </ul>
            <script>
              const box = document.getElementById('size'), list = document.getElementById('opts');
              box.onclick = () => { list.hidden = false; box.setAttribute('aria-expanded', 'true'); };
              for (const o of list.children) o.onclick = () => { box.textContent = o.textContent; list.hidden = true; };
            </script>
            """;
        var page = await OpenAsync(Html);

        var outcomes = await RunAsync(page, "Select \"Large\" from the Size dropdown");

        Assert.True(outcomes[^1].Passed, outcomes[^1].Message);
        Assert.Equal("Large", await page.InnerTextAsync("#size"));
    }

    [Fact]
    public async Task CheckAndUncheck_NativeAndAria()
    {
        const string Html = """
            <label><input type='checkbox' id='terms'> I accept the terms</label>
            <div role='checkbox' aria-checked='false' tabindex='0' id='news' onclick="this.setAttribute('aria-checked', this.getAttribute('aria-checked') === 'true' ? 'false' : 'true')">Newsletter</div>
            """;
        var page = await OpenAsync(Html);

        var outcomes = await RunAsync(
            page,
            "Check the I accept the terms checkbox",
            "Check the Newsletter checkbox",
            "Verify the Newsletter checkbox is checked",
            "Uncheck the Newsletter checkbox",
            "Verify the I accept the terms checkbox is checked");

        Assert.All(outcomes, o => Assert.True(o.Passed, o.Message));
        Assert.Equal("false", await page.GetAttributeAsync("#news", "aria-checked"));
    }

    [Fact]
    public async Task TypeKeyByKey_FiresAKeyPerCharacter_AndClearEmpties()
    {
        const string Html = """
            <label>Search <input id='q'></label><p id='keys'>0</p>
            <script>let n = 0; document.getElementById('q').addEventListener('keydown', () => document.getElementById('keys').textContent = ++n);</script>
            """;
        var page = await OpenAsync(Html);

        var typed = await RunAsync(page, "Type \"mug\" key by key into the Search field");
        var keys = await page.InnerTextAsync("#keys");
        var cleared = await RunAsync(page, "Clear the Search field");

        Assert.True(typed[^1].Passed, typed[^1].Message);
        Assert.Equal("3", keys);
        Assert.True(cleared[^1].Passed, cleared[^1].Message);
        Assert.Equal("", await page.InputValueAsync("#q"));
    }

    [Fact]
    public async Task PressOnFieldAndOnFocus_DoubleClickAndHover()
    {
        const string Html = """
            <form onsubmit="event.preventDefault(); document.getElementById('out').textContent = 'submitted'">
              <label>Search <input id='q'></label>
            </form>
            <p id='out'></p>
            <span ondblclick="this.textContent = 'Renamed'">Quarterly report</span>
            <button onmouseenter="document.getElementById('tip').hidden = false">Help</button>
            <p id='tip' hidden>Opens the manual</p>
            """;
        var page = await OpenAsync(Html);

        var outcomes = await RunAsync(
            page,
            "Press Enter in the Search field",
            "Verify \"submitted\" is shown",
            "Double-click \"Quarterly report\"",
            "Verify \"Renamed\" is shown",
            "Hover over the Help button",
            "Verify \"Opens the manual\" is shown",
            "Press Tab");

        Assert.All(outcomes, o => Assert.True(o.Passed, o.Message));
    }

    [Fact]
    public async Task ScrollGoBackReloadAndWaits()
    {
        const string Html = """
            <div style='height:3000px'>Top</div>
            <button id='more'>Load more</button>
            <a href='/second'>Next page</a>
            <p id='status'>Loading</p>
            <script>setTimeout(() => document.getElementById('status').textContent = 'Loading complete', 300)</script>
            """;
        var page = await OpenAsync(Html, ("/second", "<h1>Second</h1>"));

        var outcomes = await RunAsync(
            page,
            "Scroll to the \"Load more\" button",
            "Wait until \"Loading complete\" is visible",
            "Click the Next page link",
            "Verify \"Second\" is shown",
            "Go back",
            "Verify \"Top\" is shown",
            "Reload the page",
            "Wait for \"Loading complete\" to appear");

        Assert.All(outcomes, o => Assert.True(o.Passed, o.Message));
        Assert.EndsWith("/start", page.Url, StringComparison.Ordinal);
    }

    // Opens the page at Origin/start (and any other paths given), served from memory.
    private async Task<IPage> OpenAsync(string html, params (string Path, string Html)[] others)
    {
        var context = await fixture.Browser.NewContextAsync();
        var pages = others.ToDictionary(o => o.Path, o => o.Html, StringComparer.Ordinal);
        pages["/start"] = html;
        await context.RouteAsync($"{Origin}/**", route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            return pages.TryGetValue(path, out var body)
                ? route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = $"<!doctype html><html><head><title>Test</title></head><body>{body}</body></html>" })
                : route.FulfillAsync(new() { Status = 404 });
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{Origin}/start");
        return page;
    }

    // One step read from text, acted on through a fixed locator (as a cached one would be).
    private async Task<StepOutcome> ActOnAsync(string html, string text, string css)
    {
        var page = await OpenAsync(html);
        var step = Plan(text);
        return await new StepExecutor(Options).ExecuteAsync(page, step, new LocatorSpec(LocatorKind.Css, css), $"{Origin}/start");
    }

    // Each step read from text, its element discovered, then executed; stops at the first failure.
    private static async Task<List<StepOutcome>> RunAsync(IPage page, params string[] steps)
    {
        var resolver = new ElementResolver(new NoCache(), Options, TimeProvider.System, NullLogger<ElementResolver>.Instance);
        var executor = new StepExecutor(Options);
        var outcomes = new List<StepOutcome>();
        foreach (var text in steps)
        {
            var step = Plan(text);
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

    private static PlanStep Plan(string text)
    {
        var expectation = text.StartsWith("Verify", StringComparison.Ordinal);
        var read = StepGrammar.Read(text, expectation);
        Assert.True(read.Success, $"the grammar cannot read '{text}': {read.Error}");
        var d = Assert.Single(read.Steps);
        return new PlanStep(1, d.Action, d.Target, d.Value, d.Values, d.Scope, d.ElementKind, d.Ordinal, 1, 1, text, expectation);
    }

    private sealed class NoCache : ISelectorCache
    {
        public Task<CacheHit?> GetAsync(SelectorKey key, CancellationToken cancellationToken) => Task.FromResult<CacheHit?>(null);

        public Task SetAsync(SelectorKey key, CachedSelector selector, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task RemoveAsync(SelectorKey key, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
