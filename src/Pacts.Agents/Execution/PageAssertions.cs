using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pacts.Agents.Discovery;
using Pacts.Agents.Planning;

namespace Pacts.Agents.Execution;

/// <summary>Assertions about the page as a whole: a text shown or not, a name gone, its address, title, which page it is.</summary>
internal sealed class PageAssertions(ExecutionOptions options)
{
    private float Timeout => options.StepTimeoutMs;

    public Task<StepOutcome> CheckAsync(IPage page, PlanStep step) => step.Action switch
    {
        StepAction.AssertTextVisible => TextVisibleAsync(page, step.Value!),
        StepAction.AssertTextHidden => Expectation.ExpectAsync(() => Assertions.Expect(PageChecks.TextShowing(page, step.Value!)).ToHaveCountAsync(0, new() { Timeout = Timeout }), $"the text \"{step.Value}\" is still shown", "not shown", step.Value),
        StepAction.AssertHidden => Expectation.ExpectAsync(() => Assertions.Expect(PageChecks.ShowingAll(page, step.Target!)).ToHaveCountAsync(0, new() { Timeout = Timeout }), $"'{step.Target}' is still shown", "hidden", "shown"),
        StepAction.AssertUrlContains => UrlContainsAsync(page, step.Value!),
        StepAction.AssertTitleContains => TitleContainsAsync(page, step.Value!),
        StepAction.AssertOnPage => OnPageAsync(page, step.Value!),
        _ => throw new InvalidOperationException($"{step.Action} is not a page assertion"),
    };

    private async Task<StepOutcome> TextVisibleAsync(IPage page, string text)
    {
        var locator = PageChecks.TextShowing(page, text).First;
        try
        {
            await Assertions.Expect(locator).ToBeVisibleAsync(new() { Timeout = Timeout }).ConfigureAwait(false);
            return StepOutcome.Pass(text, text);
        }
        catch (PlaywrightException)
        {
            var closest = await DiscoveryScript.ClosestTextsAsync(page, text).ConfigureAwait(false);
            var found = closest.Count == 0 ? "no similar text on the page" : string.Join(" | ", closest);
            return StepOutcome.Fail($"the text \"{text}\" is not visible", text, found);
        }
    }

    private async Task<StepOutcome> UrlContainsAsync(IPage page, string fragment)
    {
        var passed = await PassesAsync(() => Assertions.Expect(page).ToHaveURLAsync(Containing(fragment), new() { Timeout = Timeout })).ConfigureAwait(false);
        return StepOutcome.Checked(passed, $"URL contains {fragment}", CheckWords.Address(page.Url, fragment));
    }

    private async Task<StepOutcome> TitleContainsAsync(IPage page, string fragment)
    {
        var passed = await PassesAsync(() => Assertions.Expect(page).ToHaveTitleAsync(Containing(fragment), new() { Timeout = Timeout })).ConfigureAwait(false);
        return StepOutcome.Checked(passed, $"title contains '{fragment}'", CheckWords.Quote(await page.TitleAsync().ConfigureAwait(false)));
    }

    // The page is the named one by its address, title or main heading (page-checks.js: onPage), retried until it is.
    private async Task<StepOutcome> OnPageAsync(IPage page, string name)
    {
        var (ok, last) = await Retry.UntilAsync(() => PageChecks.OnPageAsync(page, name), r => r.Ok, Timeout).ConfigureAwait(false);
        var heading = last.Heading.Length > 0 ? "heading " + CheckWords.Quote(last.Heading) : "no main heading";
        var found = $"URL {last.Url}, title {CheckWords.Quote(last.Title)}, {heading}";
        return StepOutcome.Checked(ok, $"page is '{name}' (URL, title or main heading)", found);
    }

    private static Regex Containing(string fragment) => new(Regex.Escape(fragment), RegexOptions.IgnoreCase);

    private static async Task<bool> PassesAsync(Func<Task> expectation)
    {
        try
        {
            await expectation().ConfigureAwait(false);
            return true;
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }
}
