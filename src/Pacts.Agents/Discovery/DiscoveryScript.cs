using System.Reflection;
using System.Text.Json;
using Microsoft.Playwright;

namespace Pacts.Agents.Discovery;

/// <summary>Runs discover.js in the page: one evaluation collects every candidate.</summary>
internal sealed class DiscoveryScript
{
    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Pacts.Agents.discover.js")
            ?? throw new InvalidOperationException("discover.js is missing from Pacts.Agents.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private readonly IReadOnlyList<string> _testIdAttributes;

    public DiscoveryScript(IReadOnlyList<string> testIdAttributes) => _testIdAttributes = testIdAttributes;

    public async Task<IReadOnlyList<Candidate>> CollectAsync(IPage page, bool includeText)
    {
        var json = await page.EvaluateAsync<JsonElement>(
            $"options => ({Source.Value}).collect(options)",
            new { testIdAttributes = _testIdAttributes, includeText }).ConfigureAwait(false);
        return json.Deserialize<List<Candidate>>(Candidate.Json) ?? [];
    }

    public async Task<Candidate?> DescribeAsync(ILocator locator)
    {
        var json = await locator.EvaluateAsync<JsonElement>(
            $"(el, attributes) => ({Source.Value}).describe(el, attributes)", _testIdAttributes).ConfigureAwait(false);
        return json.Deserialize<Candidate>(Candidate.Json);
    }

    /// <summary>Waits until the DOM has been quiet for <paramref name="quietMs"/> (at most <paramref name="maxMs"/>).</summary>
    public static Task SettleAsync(IPage page, int quietMs, int maxMs) =>
        page.EvaluateAsync($"([q, m]) => ({Source.Value}).settle(q, m)", new[] { quietMs, maxMs });

    /// <summary>Waits for the next DOM change, at most <paramref name="maxMs"/>; no fixed sleep.</summary>
    public static Task NextChangeAsync(IPage page, int maxMs) =>
        page.EvaluateAsync($"m => ({Source.Value}).nextChange(m)", maxMs);

    public static async Task<IReadOnlyList<string>> ClosestTextsAsync(IPage page, string expected) =>
        await page.EvaluateAsync<string[]>($"e => ({Source.Value}).closestTexts(e)", expected).ConfigureAwait(false) ?? [];
}
