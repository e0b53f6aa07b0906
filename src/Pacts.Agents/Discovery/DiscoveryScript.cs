using System.Reflection;
using System.Text.Json;
using Microsoft.Playwright;

namespace Pacts.Agents.Discovery;

/// <summary>
/// Runs discover.js in the page. The script is installed once per document (at document start by BrowserHost's init
/// script, or on first use), so each call sends a one-line function, not the script.
/// </summary>
internal sealed class DiscoveryScript
{
    private const string Installed = "window[Symbol.for('pacts.discover')]";

    /// <summary>The DOM must have been quiet this long before a step looks for its element (a quiet page costs no wait).</summary>
    public const int QuietMs = 50;

    /// <summary>A page that never goes quiet is waited for this long at most.</summary>
    public const int SettleMaxMs = 1_000;

    internal static readonly Lazy<string> Source = new(() => Resource("discover.js"));

    private static readonly string Install = $"() => {{ if (!{Installed}) {{ {Installed} = ({Source.Value}); }} }}";

    public DiscoveryScript(IReadOnlyList<string> testIdAttributes) => TestIdAttributes = testIdAttributes;

    /// <summary>The attributes that hold test ids, in order of preference.</summary>
    public IReadOnlyList<string> TestIdAttributes { get; }

    /// <summary>
    /// The script a browser context runs at every document start: it installs discover.js and records when the DOM last
    /// changed, so a quiet page settles at once.
    /// </summary>
    public static string InitScript => $"({Install})(); {Installed}.watch();";

    /// <summary>
    /// Every candidate the name <paramref name="target"/> could match (all of them when it is null): the page describes in
    /// full only those, which keeps discovery fast on large pages.
    /// </summary>
    public async Task<IReadOnlyList<Candidate>> CollectAsync(IPage page, bool includeText, string? target = null)
    {
        var json = await CallAsync(page, "d.collect(a)", new { testIdAttributes = TestIdAttributes, includeText, target }).ConfigureAwait(false);
        return json.GetProperty("candidates").Deserialize<List<Candidate>>(Candidate.Json) ?? [];
    }

    /// <summary>How many elements the locator finds, the one it finds described, and how long the page has been quiet.</summary>
    public async Task<LocatorCheck> CheckAsync(ILocator locator)
    {
        // The answer comes back as one JSON string: cheaper to carry and parse than an object Playwright serialises field
        // by field, and this call is on every cached step's path.
        const string Call = $"(els, a) => {{ const d = {Installed}; return d ? JSON.stringify(d.check(els, a)) : ''; }}";
        var json = await locator.EvaluateAllAsync<string>(Call, TestIdAttributes).ConfigureAwait(false);
        if (string.IsNullOrEmpty(json))
        {
            // The locator's document (the page or a frame) has no script yet: install it there, then call again.
            await locator.EvaluateAllAsync<JsonElement>($"els => ({Install})()").ConfigureAwait(false);
            json = await locator.EvaluateAllAsync<string>(Call, TestIdAttributes).ConfigureAwait(false);
        }

        return JsonSerializer.Deserialize<LocatorCheck>(json, Candidate.Json) ?? new LocatorCheck(0, null, 0);
    }

    /// <summary>A short unique CSS path for a candidate of the last <see cref="CollectAsync"/>, or "" when it has none.</summary>
    public static async Task<string> CssPathAsync(IPage page, Candidate candidate) =>
        (await CallAsync(page, "d.cssPathOf(a)", candidate.Index).ConfigureAwait(false)).GetString() ?? "";

    /// <summary>Waits until the DOM has been quiet for <paramref name="quietMs"/> (at most <paramref name="maxMs"/>).</summary>
    public static Task SettleAsync(IPage page, int quietMs, int maxMs) => CallAsync(page, "d.settle(a[0], a[1])", new[] { quietMs, maxMs });

    /// <summary>Waits for the next DOM change, at most <paramref name="maxMs"/>; no fixed sleep.</summary>
    public static Task NextChangeAsync(IPage page, int maxMs) => CallAsync(page, "d.nextChange(a)", maxMs);

    public static async Task<IReadOnlyList<string>> ClosestTextsAsync(IPage page, string expected) =>
        (await CallAsync(page, "d.closestTexts(a)", expected).ConfigureAwait(false)).Deserialize<string[]>() ?? [];

    /// <summary>A script embedded in Pacts.Agents (discover.js, guard.js).</summary>
    internal static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Pacts.Agents.{name}")
            ?? throw new InvalidOperationException($"{name} is missing from Pacts.Agents.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // Calls the installed script (bound to d, with the argument a), installing it first when the document has none.
    private static async Task<JsonElement> CallAsync(IPage page, string call, object? argument)
    {
        var function = $"async a => {{ const d = {Installed}; return d ? {{ value: await {call} }} : {{ missing: true }}; }}";
        var json = await page.EvaluateAsync<JsonElement>(function, argument).ConfigureAwait(false);
        if (json.TryGetProperty("missing", out _))
        {
            await page.EvaluateAsync(Install).ConfigureAwait(false);
            json = await page.EvaluateAsync<JsonElement>(function, argument).ConfigureAwait(false);
        }

        return json.GetProperty("value");
    }
}

/// <param name="QuietMs">How long the page's DOM has been without change, as far as the page knows.</param>
internal sealed record LocatorCheck(int Count, Candidate? Element, double QuietMs);
