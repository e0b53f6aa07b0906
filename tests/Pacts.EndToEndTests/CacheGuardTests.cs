using System.Text.Json;
using Pacts.Agents.Discovery;

namespace Pacts.EndToEndTests;

/// <summary>
/// A cached element is confirmed inside the action's own lookup (the guard engines): the same element is acted on, a
/// changed, missing or doubled one ends the step as drift with nothing done to the page.
/// </summary>
public sealed class CacheGuardTests(DiscoveryCorpusFixture fixture) : IClassFixture<DiscoveryCorpusFixture>
{
    private const string Form = "<label for='u'>Username</label><input id='u' name='user'><button type='button' onclick='window.clicks = (window.clicks || 0) + 1'>Save</button>";

    private readonly StepHarness _steps = new(fixture.Browser);

    [Fact]
    public async Task CachedElement_Unchanged_IsActedOn()
    {
        var page = await _steps.OpenAsync(Form);
        var cached = await StepHarness.DiscoverAsync(page, "Enter \"jane\" in the Username field");

        var outcome = await StepHarness.ActOnCachedAsync(page, "Enter \"jane\" in the Username field", cached);

        Assert.True(outcome.Passed, outcome.Message);
        Assert.Equal("jane", await page.InputValueAsync("#u"));
    }

    [Fact]
    public async Task CachedElement_ChangedUnderTheSameLocator_IsDriftAndLeftUntouched()
    {
        var page = await _steps.OpenAsync(Form);
        var cached = await StepHarness.DiscoverAsync(page, "Enter \"jane\" in the Username field");
        // A release puts another field under the same label: same locator, different element.
        await page.EvaluateAsync("() => { document.getElementById('u').outerHTML = \"<input id='promo' name='promo_code' placeholder='Promo code'>\"; document.querySelector('label').htmlFor = 'promo'; }");

        var outcome = await StepHarness.ActOnCachedAsync(page, "Enter \"jane\" in the Username field", cached);

        Assert.True(outcome.Drifted, outcome.Message);
        Assert.Contains("looks different", outcome.Message, StringComparison.Ordinal);
        Assert.Equal("", await page.InputValueAsync("#promo"));
    }

    [Fact]
    public async Task CachedLocator_FindingNothing_EndsAsDrift_NotAsATimeout()
    {
        var page = await _steps.OpenAsync(Form);
        var cached = await StepHarness.DiscoverAsync(page, "Click the Save button");
        await page.EvaluateAsync("() => document.querySelector('button').textContent = 'Store'");

        var outcome = await StepHarness.ActOnCachedAsync(page, "Click the Save button", cached);

        Assert.True(outcome.Drifted, outcome.Message);
        Assert.Contains("finds 0 elements", outcome.Message, StringComparison.Ordinal);
        Assert.Null(outcome.GatePoint);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.clicks || 0"));
        // The abort mark the watchdog set is taken off again.
        Assert.Null(await page.GetAttributeAsync("html", "data-pacts-abort"));
    }

    [Fact]
    public async Task CachedLocator_FindingTwoElementsLikeIt_IsDrift()
    {
        var page = await _steps.OpenAsync(Form);
        var cached = await StepHarness.DiscoverAsync(page, "Click the Save button");
        await page.EvaluateAsync("() => document.body.insertAdjacentHTML('beforeend', \"<button type='button'>Save</button>\")");

        var outcome = await StepHarness.ActOnCachedAsync(page, "Click the Save button", cached);

        Assert.True(outcome.Drifted, outcome.Message);
        Assert.Contains("more than one", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.clicks || 0"));
    }

    [Fact]
    public async Task CachedElementInAFrame_IsConfirmedInItsFrame()
    {
        var page = await _steps.OpenAsync("<iframe src='/frame'></iframe>", ("/frame", Form));
        var cached = await StepHarness.DiscoverAsync(page, "Click the Save button");
        var frame = page.Frames.Single(f => f.Url.EndsWith("/frame", StringComparison.Ordinal));

        var same = await StepHarness.ActOnCachedAsync(page, "Click the Save button", cached);
        await frame.EvaluateAsync("() => document.querySelector('button').textContent = 'Store'");
        var renamed = await StepHarness.ActOnCachedAsync(page, "Click the Save button", cached);

        Assert.NotNull(cached.Locator.Frame);
        Assert.True(same.Passed, same.Message);
        Assert.True(renamed.Drifted, renamed.Message);
        Assert.Equal(1, await frame.EvaluateAsync<int>("() => window.clicks || 0"));
    }

    [Fact]
    public async Task Similarity_InThePage_IsTheSameAsInCSharp()
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync($"{fixture.Site.BaseUrl}/long-form.html");
        var candidates = await new DiscoveryScript(["data-testid", "data-test", "data-qa", "data-cy"]).CollectAsync(page, includeText: true);
        Assert.True(candidates.Count >= 10, $"long-form.html gave {candidates.Count} candidates");
        var sample = candidates.Take(12).Select(c => c.ToFingerprint()).ToList();
        var json = JsonSerializer.Serialize(sample, Candidate.Json);

        // Every pair scored by the page's similarity(), and each candidate's identity() against its full description.
        var inPage = await page.EvaluateAsync<double[][]>(
            "json => { const d = window[Symbol.for('pacts.discover')]; const fps = JSON.parse(json); return fps.map(a => fps.map(b => d.similarity(a, b))); }",
            json);
        var identities = await page.EvaluateAsync<double[]>(
            "n => { const d = window[Symbol.for('pacts.discover')]; return window[Symbol.for('pacts.candidates')].slice(0, n).map(el => d.similarity(d.describe(el), d.identity(el, ['data-testid', 'data-test', 'data-qa', 'data-cy']))); }",
            sample.Count);

        for (var i = 0; i < sample.Count; i++)
        {
            for (var j = 0; j < sample.Count; j++)
            {
                Assert.Equal(Fingerprints.Similarity(sample[i], sample[j]), inPage[i][j], 9);
            }
        }

        Assert.All(identities, s => Assert.Equal(1.0, s));
        Assert.Contains(inPage.SelectMany(row => row), s => s is > 0 and < 1);
    }
}
