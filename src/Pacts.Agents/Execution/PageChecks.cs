using System.Text.Json;
using Microsoft.Playwright;
using Pacts.Agents.Discovery;
using Pacts.Agents.Planning;

namespace Pacts.Agents.Execution;

/// <summary>
/// Page-level checks that are not about one resolved element: a text or name shown anywhere, counts, order, the items
/// of a list, the repeated items of a list and their fields, the page the user is on and the link to a page. Generic
/// DOM rules only (page-checks.js); nothing here knows any site.
/// </summary>
internal static class PageChecks
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// page-checks.js as the start of a function body: Playwright evaluates <c>arg =&gt; { ... }</c> with the argument,
    /// and each call appends its <c>return pactsChecks.&lt;check&gt;(arg); }</c>. The generated tests carry the same text
    /// (Reporting/GeneratedPageRules), so they count, list and read pages by the rules the run checked with.
    /// </summary>
    internal static string Script { get; } = "arg => {\n" + DiscoveryScript.Resource("page-checks.js").TrimEnd() + "\n";

    /// <summary>Visible elements showing the text.</summary>
    public static ILocator TextShowing(IPage page, string text) => page.GetByText(text).Filter(new() { Visible = true });

    /// <summary>Visible elements showing or named by the text (text, label, placeholder, title, alt text).</summary>
    public static ILocator ShowingAll(IPage page, string name) =>
        page.GetByText(name).Or(page.GetByLabel(name)).Or(page.GetByPlaceholder(name)).Or(page.GetByTitle(name)).Or(page.GetByAltText(name))
            .Filter(new() { Visible = true });

    public static ILocator Showing(IPage page, string name) => ShowingAll(page, name).First;

    public static Task<int> CountAsync(IPage page, PlanStep step) => page.EvaluateAsync<int>(
        Call("count"), new { target = step.Target ?? "", kind = step.ElementKind ?? "", scope = step.Scope?.Text ?? "" });

    public static Task<Order> OrderAsync(IPage page, IReadOnlyList<string> texts) => CallAsync<Order>(page, "order", texts);

    public static async Task<IReadOnlyList<string>> ItemsAsync(IPage page, IReadOnlyList<string> texts) =>
        await page.EvaluateAsync<string[]>(Call("items"), texts).ConfigureAwait(false);

    public static Task<PageName> OnPageAsync(IPage page, string name) => CallAsync<PageName>(page, "onPage", name);

    /// <param name="step">assert_each: the target is the control, the value names the items.</param>
    public static Task<EachReading> EachAsync(IPage page, PlanStep step) => CallAsync<EachReading>(
        page, "each", new { target = step.Target ?? "", kind = step.ElementKind ?? "", noun = step.Value ?? "", scope = step.Scope?.Text ?? "" });

    /// <param name="step">assert_sorted: the target is the field, the value the direction.</param>
    public static Task<SortReading> SortedAsync(IPage page, PlanStep step) => CallAsync<SortReading>(
        page, "sorted", new { field = step.Target ?? "", direction = step.Value ?? "", scope = step.Scope?.Text ?? "" });

    /// <param name="step">assert_nth: the target names the items, the ordinal picks one (-1 the last), the value is its text.</param>
    public static Task<NthReading> NthAsync(IPage page, PlanStep step) => CallAsync<NthReading>(
        page, "nth", new { noun = step.Target ?? "", ordinal = step.Ordinal ?? 1, text = step.Value ?? "", scope = step.Scope?.Text ?? "" });

    /// <summary>The visible link (tab, menu item, button) to the named page; the caller disposes its element.</summary>
    public static async Task<PageLink> PageLinkAsync(IPage page, string name)
    {
        await using var found = await page.EvaluateHandleAsync(Call("pageLink"), name).ConfigureAwait(false);
        var about = (await found.EvaluateAsync<JsonElement>("r => ({ found: r.found, navigates: r.navigates, seen: r.seen, hidden: r.hidden })").ConfigureAwait(false))
            .Deserialize<LinkAbout>(Json)!;
        var element = about.Found ? (await found.GetPropertyAsync("element").ConfigureAwait(false)).AsElement() : null;
        return new PageLink(element, about.Navigates, about.Seen, about.Hidden);
    }

    private static string Call(string check) => Script + $"return pactsChecks.{check}(arg); }}";

    private static async Task<T> CallAsync<T>(IPage page, string check, object argument)
    {
        var json = await page.EvaluateAsync<JsonElement>(Call(check), argument).ConfigureAwait(false);
        return json.Deserialize<T>(Json) ?? throw new InvalidOperationException($"page-checks.js gave no answer to {check}");
    }

    public sealed record Order(IReadOnlyList<string> Missing, IReadOnlyList<string> Seen, bool InOrder);

    /// <summary>Whether the page is the named one, and by what (url, title, heading); what the page shows of each.</summary>
    public sealed record PageName(bool Ok, string By, string Url, string Title, string Heading);

    /// <summary>How many items the list holds, and the first line of those without the control.</summary>
    public sealed record EachReading(int Total, IReadOnlyList<string> Missing);

    /// <param name="How">Where the values were read: "the Price column", "the price of each item".</param>
    /// <param name="Unit">What an item is called in messages: row (of a table) or item.</param>
    /// <param name="Type">How the values compare: money, date, number or text.</param>
    /// <param name="Unreadable">The first item (0-based) whose value could not be read, or -1.</param>
    /// <param name="Pair">The first two neighbours (0-based) out of order, or null.</param>
    public sealed record SortReading(bool Ok, string How, string Unit, string Type, IReadOnlyList<string> Values, int Unreadable, IReadOnlyList<int>? Pair, IReadOnlyList<string> Labels);

    public sealed record NthReading(bool Ok, int Total, string Text);

    /// <param name="Navigates">The link leads to another document, so the page is waited for there.</param>
    /// <param name="Seen">The names of the visible links and buttons (the first dozen), for a failure to list.</param>
    /// <param name="Hidden">How many hidden controls are named like the page (in a closed menu, say).</param>
    public sealed record PageLink(IElementHandle? Element, bool Navigates, IReadOnlyList<string> Seen, int Hidden);

    private sealed record LinkAbout(bool Found, bool Navigates, IReadOnlyList<string> Seen, int Hidden);
}
