using Microsoft.Playwright;

namespace Pacts.Agents.Execution;

/// <summary>Going to a page: by its address (navigate) or by its name, through the link to it (open_page).</summary>
internal sealed class PageNavigation(ExecutionOptions options)
{
    public async Task<StepOutcome> NavigateAsync(IPage page, string target, string testCaseUrl)
    {
        var url = new Uri(new Uri(testCaseUrl), target).ToString();
        var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load, Timeout = options.NavigationTimeoutMs }).ConfigureAwait(false);
        return response is { Ok: false }
            ? StepOutcome.Fail($"{url} answered HTTP {response.Status}", "a page", $"HTTP {response.Status}")
            : StepOutcome.Pass();
    }

    /// <summary>
    /// Clicks the visible link (else tab, menu item or button) named like the page (page-checks.js: pageLink, the same
    /// name rules as assert_on_page), waiting for it as Playwright waits for an element; then waits for the page: a
    /// link to another address until the main frame navigates and loads, anything else until the page has loaded.
    /// </summary>
    public async Task<StepOutcome> OpenPageAsync(IPage page, string name)
    {
        var (found, link) = await Retry.UntilAsync(() => PageChecks.PageLinkAsync(page, name), l => l.Element is not null, options.StepTimeoutMs).ConfigureAwait(false);
        if (!found)
        {
            var shown = link.Seen.Count == 0 ? "no links or buttons shown" : "links and buttons shown: " + CheckWords.List(link.Seen, 8);
            var hidden = link.Hidden > 0 ? $"; {link.Hidden} hidden one(s) named like it (in a closed menu?)" : "";
            return StepOutcome.Fail($"no link to the '{name}' page on {page.Url}", $"a link, tab, menu item or button named '{name}'", shown + hidden);
        }

        await using var element = link.Element!;
        if (!link.Navigates)
        {
            return await ClickAsync(page, element, name).ConfigureAwait(false) ?? await LoadedAsync(page).ConfigureAwait(false);
        }

        // The wait starts before the click, on the main frame's next navigation (a new document, or a router's
        // pushState): a navigation that commits at once cannot be missed, and Page.Url is never compared.
        var navigated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame)
            {
                navigated.TrySetResult();
            }
        }

        page.FrameNavigated += OnNavigated;
        try
        {
            if (await ClickAsync(page, element, name).ConfigureAwait(false) is { } failed)
            {
                return failed;
            }

            await navigated.Task.WaitAsync(TimeSpan.FromMilliseconds(options.NavigationTimeoutMs)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return StepOutcome.Fail($"the link to the '{name}' page was clicked, but no page opened in {options.NavigationTimeoutMs} ms", $"the '{name}' page", page.Url);
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
        }

        return await LoadedAsync(page).ConfigureAwait(false);
    }

    private async Task<StepOutcome?> ClickAsync(IPage page, IElementHandle element, string name)
    {
        try
        {
            // The step's timeout is for the link to become clickable; the page it opens is waited for after the click,
            // within the navigation timeout, as navigate waits for its page (a slow page is not a missing link).
            // NoWaitAfter is marked obsolete only because it is to become the default.
#pragma warning disable CS0612
            await element.ClickAsync(new() { Timeout = options.StepTimeoutMs, NoWaitAfter = true }).ConfigureAwait(false);
#pragma warning restore CS0612
            return null;
        }
        catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
        {
            var why = exception.Message.Split('\n', 2)[0];
            return StepOutcome.Fail($"the link to the '{name}' page on {page.Url} could not be clicked: {why}", $"a link to the '{name}' page", why);
        }
    }

    // The document says when it has loaded. Page.WaitForLoadStateAsync is not used here: called from the continuation of
    // FrameNavigated, it can miss a load that arrives between its check and its wait (seen on a loaded machine).
    private async Task<StepOutcome> LoadedAsync(IPage page)
    {
        var (loaded, state) = await Retry.UntilAsync(() => page.EvaluateAsync<string>("() => document.readyState"), s => s == "complete", options.NavigationTimeoutMs).ConfigureAwait(false);
        return loaded ? StepOutcome.Pass() : StepOutcome.Fail($"{page.Url} did not finish loading in {options.NavigationTimeoutMs} ms", "a loaded page", state);
    }
}
