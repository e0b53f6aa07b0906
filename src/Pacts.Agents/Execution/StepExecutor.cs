using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Pacts.Agents.Discovery;
using Pacts.Agents.Planning;

namespace Pacts.Agents.Execution;

/// <summary>The Executor's logic: gate, act, and check the step's outcome or assertion with retrying expectations.</summary>
internal sealed class StepExecutor(IOptions<ExecutionOptions> options)
{
    private float Timeout => options.Value.StepTimeoutMs;

    private readonly DiscoveryScript _script = new([.. options.Value.TestIdAttributes]);

    /// <param name="unconfirmed">
    /// The stored fingerprint of a cached element not yet checked against the page: the action is guarded with it
    /// (<see cref="CacheGuard"/>), and an element gone or changed ends the step as <see cref="StepOutcome.Drifted"/>.
    /// </param>
    public async Task<StepOutcome> ExecuteAsync(IPage page, PlanStep step, LocatorSpec? element, string testCaseUrl, Candidate? unconfirmed = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(step);
        var plain = element?.ToLocator(page);
        await using var guard = element is not null && unconfirmed is not null && !step.IsAssertion ? CacheGuard.Start(page, element, unconfirmed, _script) : null;
        var locator = guard?.Locator ?? plain;
        try
        {
            return step.Action switch
            {
                StepAction.Navigate => await NavigateAsync(page, step.Value!, testCaseUrl).ConfigureAwait(false),
                StepAction.GoBack => await Done(page.GoBackAsync(new() { Timeout = options.Value.NavigationTimeoutMs })).ConfigureAwait(false),
                StepAction.Reload => await Done(page.ReloadAsync(new() { Timeout = options.Value.NavigationTimeoutMs })).ConfigureAwait(false),
                StepAction.Wait => await WaitAsync(step.Value!).ConfigureAwait(false),
                StepAction.WaitFor => await ExpectAsync(() => Assertions.Expect(PageChecks.Showing(page, step.Value!)).ToBeVisibleAsync(new() { Timeout = options.Value.NavigationTimeoutMs }), $"\"{step.Value}\" did not appear", step.Value, "not shown").ConfigureAwait(false),
                StepAction.WaitForGone => await ExpectAsync(() => Assertions.Expect(PageChecks.ShowingAll(page, step.Value!)).ToHaveCountAsync(0, new() { Timeout = options.Value.NavigationTimeoutMs }), $"\"{step.Value}\" is still shown", "gone", "still shown").ConfigureAwait(false),
                StepAction.Press when locator is null => await Done(page.Keyboard.PressAsync(step.Value!)).ConfigureAwait(false),
                StepAction.AssertTextVisible => await TextVisibleAsync(page, step.Value!).ConfigureAwait(false),
                StepAction.AssertTextHidden => await ExpectAsync(() => Assertions.Expect(PageChecks.TextShowing(page, step.Value!)).ToHaveCountAsync(0, new() { Timeout = Timeout }), $"the text \"{step.Value}\" is still shown", "not shown", step.Value).ConfigureAwait(false),
                StepAction.AssertHidden => await ExpectAsync(() => Assertions.Expect(PageChecks.ShowingAll(page, step.Target!)).ToHaveCountAsync(0, new() { Timeout = Timeout }), $"'{step.Target}' is still shown", "hidden", "shown").ConfigureAwait(false),
                StepAction.AssertUrlContains => await UrlContainsAsync(page, step.Value!).ConfigureAwait(false),
                StepAction.AssertTitleContains => await TitleContainsAsync(page, step.Value!).ConfigureAwait(false),
                StepAction.AssertCount => await CountAsync(page, step).ConfigureAwait(false),
                StepAction.AssertTextsInOrder => await InOrderAsync(page, step.Values!).ConfigureAwait(false),
                StepAction.AssertItems => await ItemsAsync(page, step).ConfigureAwait(false),
                _ when step.IsAssertion => await AssertElementAsync(Required(locator), step).ConfigureAwait(false),
                _ => await ActAsync(Required(locator), step).ConfigureAwait(false),
            };
        }
        catch (Exception exception) when (guard is not null && CacheGuard.IsDrift(exception))
        {
            return StepOutcome.Drift(guard.DriftMessage(exception));
        }
        catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
        {
            if (guard is not null && await guard.DriftedAsync().ConfigureAwait(false))
            {
                return StepOutcome.Drift(guard.Reason!);
            }

            var acted = step.IsAssertion ? null : plain;
            return await ActionGate.DiagnoseAsync(acted, exception, needsEnabled: step.Action is not (StepAction.Hover or StepAction.ScrollTo)).ConfigureAwait(false);
        }
    }

    private async Task<StepOutcome> ActAsync(ILocator locator, PlanStep step)
    {
        switch (step.Action)
        {
            case StepAction.Fill:
                await locator.FillAsync(step.Value!, new() { Timeout = Timeout }).ConfigureAwait(false);
                break;
            case StepAction.Type:
                // Clearing an empty field would still press Delete, a key the requirement never asked for.
                if (await locator.EvaluateAsync<bool>("el => ('value' in el ? el.value : el.textContent || '').length > 0", null, new() { Timeout = Timeout }).ConfigureAwait(false))
                {
                    await locator.ClearAsync(new() { Timeout = Timeout }).ConfigureAwait(false);
                }

                await locator.PressSequentiallyAsync(step.Value!, new() { Timeout = Timeout }).ConfigureAwait(false);
                break;
            case StepAction.Clear:
                await locator.ClearAsync(new() { Timeout = Timeout }).ConfigureAwait(false);
                break;
            case StepAction.Click:
                await locator.ClickAsync(new() { Timeout = Timeout }).ConfigureAwait(false);
                break;
            case StepAction.DoubleClick:
                await locator.DblClickAsync(new() { Timeout = Timeout }).ConfigureAwait(false);
                break;
            case StepAction.Hover:
                await locator.HoverAsync(new() { Timeout = Timeout }).ConfigureAwait(false);
                break;
            case StepAction.ScrollTo:
                await locator.ScrollIntoViewIfNeededAsync(new() { Timeout = Timeout }).ConfigureAwait(false);
                break;
            case StepAction.Press:
                await locator.PressAsync(step.Value!, new() { Timeout = Timeout }).ConfigureAwait(false);
                break;
            case StepAction.Select:
                return await SelectAsync(locator, step.Value!).ConfigureAwait(false);
            case StepAction.Check:
                await locator.CheckAsync(new() { Timeout = Timeout }).ConfigureAwait(false);
                break;
            case StepAction.Uncheck:
                await locator.UncheckAsync(new() { Timeout = Timeout }).ConfigureAwait(false);
                break;
            case StepAction.Upload:
                var path = Path.GetFullPath(step.Value!);
                if (!File.Exists(path))
                {
                    return StepOutcome.Fail($"the file to upload does not exist: {path}", step.Value, "no such file");
                }

                await locator.SetInputFilesAsync(path, new() { Timeout = Timeout }).ConfigureAwait(false);
                break;
            default:
                throw new InvalidOperationException($"{step.Action} is not an element action");
        }

        return StepOutcome.Pass();
    }

    private Task<StepOutcome> AssertElementAsync(ILocator locator, PlanStep step)
    {
        var expect = Assertions.Expect(locator);
        var timeout = Timeout;
        return step.Action switch
        {
            StepAction.AssertVisible => ExpectAsync(() => expect.ToBeVisibleAsync(new() { Timeout = timeout }), $"'{step.Target}' is not visible", "visible", "not visible"),
            StepAction.AssertEnabled => ExpectAsync(() => expect.ToBeEnabledAsync(new() { Timeout = timeout }), $"'{step.Target}' is disabled", "enabled", "disabled"),
            StepAction.AssertDisabled => ExpectAsync(() => expect.ToBeDisabledAsync(new() { Timeout = timeout }), $"'{step.Target}' is enabled", "disabled", "enabled"),
            StepAction.AssertChecked => ExpectAsync(() => expect.ToBeCheckedAsync(new() { Timeout = timeout }), $"'{step.Target}' is not checked", "checked", "not checked"),
            StepAction.AssertUnchecked => ExpectAsync(() => expect.ToBeCheckedAsync(new() { Checked = false, Timeout = timeout }), $"'{step.Target}' is checked", "not checked", "checked"),
            StepAction.AssertValue => ValueAsync(locator, step.Value!),
            StepAction.AssertSelected => SelectedAsync(locator, step.Value!),
            StepAction.AssertText => ElementTextAsync(locator, step.Value!),
            _ => throw new InvalidOperationException($"{step.Action} is not an element assertion"),
        };
    }

    private async Task<StepOutcome> NavigateAsync(IPage page, string target, string testCaseUrl)
    {
        var url = new Uri(new Uri(testCaseUrl), target).ToString();
        var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load, Timeout = options.Value.NavigationTimeoutMs }).ConfigureAwait(false);
        return response is { Ok: false }
            ? StepOutcome.Fail($"{url} answered HTTP {response.Status}", "a page", $"HTTP {response.Status}")
            : StepOutcome.Pass();
    }

    private static async Task<StepOutcome> WaitAsync(string milliseconds)
    {
        var ms = long.Parse(milliseconds, CultureInfo.InvariantCulture);
        // The requirement asked for a fixed wait; it is bounded so a typo cannot hang a run.
        await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(ms, 0, 300_000))).ConfigureAwait(false);
        return StepOutcome.Pass();
    }

    private async Task<StepOutcome> SelectAsync(ILocator locator, string wanted)
    {
        var options = await locator.EvaluateAsync<string[][]>("s => Array.from(s.options || []).map(o => [o.label, o.value])").ConfigureAwait(false);
        if (options.Length == 0)
        {
            // An ARIA combobox or listbox: open it, then pick the option by its name.
            await locator.ClickAsync(new() { Timeout = Timeout }).ConfigureAwait(false);
            var option = locator.Page.GetByRole(AriaRole.Option, new() { Name = wanted }).First;
            await option.ClickAsync(new() { Timeout = Timeout }).ConfigureAwait(false);
            return StepOutcome.Pass();
        }

        var match = options.FirstOrDefault(o => string.Equals(o[0].Trim(), wanted, StringComparison.OrdinalIgnoreCase))
            ?? options.FirstOrDefault(o => string.Equals(o[1], wanted, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            return StepOutcome.Fail($"the list has no option '{wanted}'", wanted, string.Join(", ", options.Select(o => o[0])));
        }

        await locator.SelectOptionAsync(new SelectOptionValue { Value = match[1] }, new() { Timeout = Timeout }).ConfigureAwait(false);
        return StepOutcome.Pass();
    }

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
        try
        {
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(fragment), RegexOptions.IgnoreCase), new() { Timeout = Timeout }).ConfigureAwait(false);
            return StepOutcome.Pass(fragment, page.Url);
        }
        catch (PlaywrightException)
        {
            return StepOutcome.Fail($"the URL does not contain \"{fragment}\"", fragment, page.Url);
        }
    }

    private async Task<StepOutcome> TitleContainsAsync(IPage page, string fragment)
    {
        try
        {
            await Assertions.Expect(page).ToHaveTitleAsync(new Regex(Regex.Escape(fragment), RegexOptions.IgnoreCase), new() { Timeout = Timeout }).ConfigureAwait(false);
            return StepOutcome.Pass(fragment, await page.TitleAsync().ConfigureAwait(false));
        }
        catch (PlaywrightException)
        {
            return StepOutcome.Fail($"the title does not contain \"{fragment}\"", fragment, await page.TitleAsync().ConfigureAwait(false));
        }
    }

    private async Task<StepOutcome> ValueAsync(ILocator locator, string value)
    {
        try
        {
            await Assertions.Expect(locator).ToHaveValueAsync(value, new() { Timeout = Timeout }).ConfigureAwait(false);
            return StepOutcome.Pass(value, value);
        }
        catch (PlaywrightException)
        {
            var actual = await locator.InputValueAsync(new() { Timeout = Timeout }).ConfigureAwait(false);
            return StepOutcome.Fail($"the field's value is \"{actual}\", not \"{value}\"", value, actual);
        }
    }

    private async Task<StepOutcome> SelectedAsync(ILocator locator, string wanted)
    {
        const string Script = "s => s.options ? Array.from(s.selectedOptions).map(o => [o.label.trim(), o.value]).flat() : [(s.value || s.textContent || '').trim()]";
        var matched = await Retry.UntilAsync(
            async () => await locator.EvaluateAsync<string[]>(Script).ConfigureAwait(false),
            seen => seen.Any(s => string.Equals(s, wanted, StringComparison.OrdinalIgnoreCase)),
            Timeout).ConfigureAwait(false);
        return matched.Ok
            ? StepOutcome.Pass(wanted, wanted)
            : StepOutcome.Fail($"'{wanted}' is not the selected option", wanted, matched.Last is { Length: > 0 } last ? last[0] : "nothing selected");
    }

    private async Task<StepOutcome> ElementTextAsync(ILocator locator, string text)
    {
        try
        {
            await Assertions.Expect(locator).ToContainTextAsync(text, new() { Timeout = Timeout }).ConfigureAwait(false);
            return StepOutcome.Pass(text, text);
        }
        catch (PlaywrightException)
        {
            var actual = (await locator.InnerTextAsync(new() { Timeout = Timeout }).ConfigureAwait(false)).Trim();
            return StepOutcome.Fail($"the element reads \"{actual}\", not \"{text}\"", text, actual);
        }
    }

    private async Task<StepOutcome> CountAsync(IPage page, PlanStep step)
    {
        var expected = int.Parse(step.Value!, CultureInfo.InvariantCulture);
        var result = await Retry.UntilAsync(() => PageChecks.CountAsync(page, step), n => n == expected, Timeout).ConfigureAwait(false);
        var found = result.Last.ToString(CultureInfo.InvariantCulture);
        return result.Ok
            ? StepOutcome.Pass(step.Value, found)
            : StepOutcome.Fail($"found {found} '{step.Target}', not {expected}", step.Value, found);
    }

    private async Task<StepOutcome> InOrderAsync(IPage page, IReadOnlyList<string> texts)
    {
        var result = await Retry.UntilAsync(() => PageChecks.OrderAsync(page, texts), order => order.Missing.Count == 0 && order.InOrder, Timeout).ConfigureAwait(false);
        var expected = string.Join(" < ", texts);
        if (result.Ok)
        {
            return StepOutcome.Pass(expected, expected);
        }

        return result.Last.Missing.Count > 0
            ? StepOutcome.Fail($"not shown: {string.Join(", ", result.Last.Missing.Select(m => $"\"{m}\""))}", expected, "missing " + string.Join(", ", result.Last.Missing))
            : StepOutcome.Fail("the texts are not in the expected order", expected, string.Join(" < ", result.Last.Seen));
    }

    private async Task<StepOutcome> ItemsAsync(IPage page, PlanStep step)
    {
        var wanted = step.Values!;
        var result = await Retry.UntilAsync(() => PageChecks.ItemsAsync(page, wanted), items => Same(items, wanted), Timeout).ConfigureAwait(false);
        var expected = string.Join(", ", wanted);
        var found = string.Join(", ", result.Last);
        return result.Ok
            ? StepOutcome.Pass(expected, found)
            : StepOutcome.Fail($"the listed items are [{found}], not exactly [{expected}]", expected, found);

        static bool Same(IReadOnlyList<string> items, IReadOnlyList<string> wanted) =>
            items.Count == wanted.Count && wanted.All(w => items.Any(i => i.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }

    private static async Task<StepOutcome> ExpectAsync(Func<Task> expectation, string failure, string? expected, string? actual)
    {
        try
        {
            await expectation().ConfigureAwait(false);
            return StepOutcome.Pass(expected, expected);
        }
        catch (PlaywrightException)
        {
            return StepOutcome.Fail(failure, expected, actual);
        }
    }

    private static ILocator Required(ILocator? locator) =>
        locator ?? throw new InvalidOperationException("This step needs an element, but none was resolved.");

    private static async Task<StepOutcome> Done(Task action)
    {
        await action.ConfigureAwait(false);
        return StepOutcome.Pass();
    }
}
