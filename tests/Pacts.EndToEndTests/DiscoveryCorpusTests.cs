using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Pacts.Agents;
using Pacts.Agents.Discovery;
using Pacts.Agents.Planning;
using Pacts.Storage.Selectors;
using Pacts.Tests;

namespace Pacts.EndToEndTests;

/// <summary>
/// One Chromium, one page and one loopback site for the whole discovery corpus. The tests of one class run one at a
/// time and each loads its page afresh, so they share the page: a new browser context per case cost more than the case.
/// </summary>
public sealed class DiscoveryCorpusFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IPage? _page;

    public IBrowser Browser { get; private set; } = null!;

    public SiteServer Site { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Infrastructure.RequireChromium();
        Site = await SiteServer.StartAsync(DiscoveryCorpusTests.Folder);
        _playwright = await Playwright.CreateAsync();
        await CacheGuard.RegisterAsync(_playwright);
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Infrastructure.ChromiumPath,
            Args = [.. new BrowserOptions().Args],
        });
    }

    /// <summary>The shared page with <paramref name="file"/> freshly loaded.</summary>
    public async Task<IPage> OpenAsync(string file)
    {
        if (_page is not { IsClosed: false })
        {
            var context = await Browser.NewContextAsync();
            _page = await context.NewPageAsync();
        }

        await _page.GotoAsync($"{Site.BaseUrl}/{file}");
        return _page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }
    }
}

/// <summary>
/// The discovery fixture corpus: small pages written for this project, each with the steps written in its leading
/// <c>&lt;!-- pacts ... --&gt;</c> comment and the element each must resolve to (or the ambiguity or absence it must
/// report). Every case runs discovery (no cache) in Chromium and checks the resolved locator finds that very element.
/// </summary>
public sealed partial class DiscoveryCorpusTests(DiscoveryCorpusFixture fixture) : IClassFixture<DiscoveryCorpusFixture>
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "fixtures", "discovery");

    public static TheoryData<string, int, string, string> Cases()
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var file in (Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.html") : []).Order())
        {
            foreach (var (line, step, expected) in Read(file))
            {
                data.Add(Path.GetFileName(file), line, step, expected);
            }
        }

        return data;
    }

    [Fact]
    public void Corpus_HasAtLeastFiftyPages()
    {
        var pages = Directory.GetFiles(Folder, "*.html").Count(f => Read(f).Count > 0);

        Assert.True(pages >= 50, $"{pages} fixture pages with cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Step_ResolvesToItsElement(string file, int line, string step, string expected)
    {
        var planStep = StepHarness.Plan(step, expectation: false, line);
        var page = await fixture.OpenAsync(file);
        var resolver = new ElementResolver(new NoSelectorCache(), Options.Create(new ExecutionOptions()), TimeProvider.System, NullLogger<ElementResolver>.Instance);

        var resolution = await resolver.DiscoverAsync(page, planStep, budgetMs: expected is "not-found" ? 1_000 : 3_000, TestContext.Current.CancellationToken);

        var candidates = string.Join("; ", resolution.TopCandidates.Select(c => $"{c.Candidate.Role} '{c.Candidate.Name}' {c.Score}"));
        switch (expected)
        {
            case "ambiguous":
                Assert.True(resolution.Failure == ResolutionFailure.Ambiguous, $"{file}:{line}: expected ambiguous, got {resolution.Failure} {resolution.Element?.Locator} [{candidates}]");
                Assert.True(resolution.TopCandidates.Count >= 2, "an ambiguous step lists the candidates it could not tell apart");
                break;
            case "not-found":
                Assert.True(resolution.Failure == ResolutionFailure.NotFound, $"{file}:{line}: expected not found, got {resolution.Failure} {resolution.Element?.Locator} [{candidates}]");
                break;
            default:
                Assert.True(resolution.Element is not null, $"{file}:{line}: '{step}' resolved to nothing ({resolution.Failure}: {resolution.Message}) [{candidates}]");
                var locator = resolution.Element.Locator.ToLocator(page);
                Assert.Equal(1, await locator.CountAsync());
                var parts = expected.Split(">>>", 2, StringSplitOptions.TrimEntries);
                var same = await locator.EvaluateAsync<bool>(
                    """
                    (el, [outer, inner]) => {
                      if (!inner) return el === document.querySelector(outer);
                      const root = el.getRootNode();
                      if (root instanceof ShadowRoot) return root.host === root.host.ownerDocument.querySelector(outer) && el === root.querySelector(inner);
                      return el === document.querySelector(inner) && window.frameElement === window.parent.document.querySelector(outer);
                    }
                    """,
                    new[] { parts[0], parts.Length > 1 ? parts[1] : "" });
                Assert.True(same, $"{file}:{line}: '{step}' resolved to {resolution.Element.Locator}, not {expected} [{candidates}]");
                break;
        }
    }

    public static TheoryData<string> Pages() =>
        [.. (Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.html") : []).Where(f => Read(f).Count > 0).Select(f => Path.GetFileName(f)).Order()];

    /// <summary>
    /// The page leaves out elements whose names cannot match the target (so large pages stay fast); it must never leave
    /// out one the scorer would have ranked.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task NameFilter_KeepsEveryCandidateTheScorerRanks(string file)
    {
        var page = await fixture.OpenAsync(file);
        var script = new DiscoveryScript([.. new ExecutionOptions().TestIdAttributes]);
        foreach (var (line, step, _) in Read(Path.Combine(Folder, file)))
        {
            var planStep = StepHarness.Plan(step, expectation: false, line);
            var includeText = ElementResolver.IncludesText(planStep.Action);
            await script.CollectAsync(page, includeText);
            // Both collections in one synchronous task of the page, so a page still rendering cannot differ between them.
            var both = await page.EvaluateAsync<JsonElement>(
                "a => { const d = window[Symbol.for('pacts.discover')]; return [d.collect({ ...a, target: null }).candidates, d.collect(a).candidates]; }",
                new { testIdAttributes = new ExecutionOptions().TestIdAttributes, includeText, target = planStep.Target });
            var everything = CandidateScorer.Rank(planStep, both[0].Deserialize<List<Candidate>>(Candidate.Json)!);
            var filtered = CandidateScorer.Rank(planStep, both[1].Deserialize<List<Candidate>>(Candidate.Json)!);

            Assert.True(
                everything.Select(Describe).SequenceEqual(filtered.Select(Describe)),
                $"{file}:{line}: '{step}' ranks [{string.Join("; ", everything.Select(Describe))}] unfiltered but [{string.Join("; ", filtered.Select(Describe))}] filtered");
        }

        static string Describe(ScoredCandidate c) => $"{c.Candidate.Role} '{c.Candidate.Name}' #{c.Candidate.Id} {c.Score}";
    }

    private static List<(int Line, string Step, string Expected)> Read(string file)
    {
        var cases = new List<(int, string, string)>();
        var lines = File.ReadAllLines(file);
        var inside = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (!inside)
            {
                inside = text.StartsWith("<!-- pacts", StringComparison.Ordinal);
                continue;
            }

            if (text.StartsWith("-->", StringComparison.Ordinal))
            {
                break;
            }

            var m = CaseLine().Match(text);
            if (m.Success)
            {
                cases.Add((i + 1, m.Groups["step"].Value.Trim(), m.Groups["expected"].Value.Trim()));
            }
        }

        return cases;
    }

    [GeneratedRegex("""^(?<step>.+?)\s+=>\s+(?<expected>.+)$""")]
    private static partial Regex CaseLine();
}
