using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Pacts.Agents.Discovery;
using Pacts.Agents.Planning;

namespace Pacts.Agents.Execution;

/// <summary>
/// The Executor's logic: gate, act, and check the step's outcome or assertion with retrying expectations. Going to a
/// page is <see cref="PageNavigation"/>'s, and the checks are <see cref="PageAssertions"/> (the page as a whole),
/// <see cref="ListAssertions"/> (lists and their items) and <see cref="ElementAssertions"/> (the resolved element).
/// </summary>
internal sealed class StepExecutor(IOptions<ExecutionOptions> options)
{
    private float Timeout => options.Value.StepTimeoutMs;

    private readonly DiscoveryScript _script = new([.. options.Value.TestIdAttributes]);
    private readonly PageNavigation _navigation = new(options.Value);
    private readonly PageAssertions _pages = new(options.Value);
    private readonly ListAssertions _lists = new(options.Value);
    private readonly ElementAssertions _elements = new(options.Value);

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
                StepAction.Navigate => await _navigation.NavigateAsync(page, step.Value!, testCaseUrl).ConfigureAwait(false),
                StepAction.OpenPage => await _navigation.OpenPageAsync(page, step.Target!).ConfigureAwait(false),
                StepAction.GoBack => await Done(page.GoBackAsync(new() { Timeout = options.Value.NavigationTimeoutMs })).ConfigureAwait(false),
                StepAction.Reload => await Done(page.ReloadAsync(new() { Timeout = options.Value.NavigationTimeoutMs })).ConfigureAwait(false),
                StepAction.Wait => await WaitAsync(step.Value!).ConfigureAwait(false),
                StepAction.WaitFor => await Expectation.ExpectAsync(() => Assertions.Expect(PageChecks.Showing(page, step.Value!)).ToBeVisibleAsync(new() { Timeout = options.Value.NavigationTimeoutMs }), $"\"{step.Value}\" did not appear", step.Value, "not shown").ConfigureAwait(false),
                StepAction.WaitForGone => await Expectation.ExpectAsync(() => Assertions.Expect(PageChecks.ShowingAll(page, step.Value!)).ToHaveCountAsync(0, new() { Timeout = options.Value.NavigationTimeoutMs }), $"\"{step.Value}\" is still shown", "gone", "still shown").ConfigureAwait(false),
                StepAction.Press when locator is null => await Done(page.Keyboard.PressAsync(step.Value!)).ConfigureAwait(false),
                StepAction.AssertTextVisible or StepAction.AssertTextHidden or StepAction.AssertHidden or StepAction.AssertUrlContains
                    or StepAction.AssertTitleContains or StepAction.AssertOnPage => await _pages.CheckAsync(page, step).ConfigureAwait(false),
                StepAction.AssertCount or StepAction.AssertTextsInOrder or StepAction.AssertItems or StepAction.AssertEach
                    or StepAction.AssertSorted or StepAction.AssertNth => await _lists.CheckAsync(page, step).ConfigureAwait(false),
                _ when step.IsAssertion => await _elements.CheckAsync(Required(locator), step).ConfigureAwait(false),
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
                try
                {
                    await locator.FillAsync(step.Value!, new() { Timeout = Timeout }).ConfigureAwait(false);
                }
                catch (PlaywrightException e) when (e.Message.Contains("not an <input>", StringComparison.Ordinal))
                {
                    // "Set Country to Canada": people fill a select or a combobox as they fill a box; choose the option.
                    return await SelectAsync(locator, step.Value!).ConfigureAwait(false);
                }

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

    private static ILocator Required(ILocator? locator) =>
        locator ?? throw new InvalidOperationException("This step needs an element, but none was resolved.");

    private static async Task<StepOutcome> Done(Task action)
    {
        await action.ConfigureAwait(false);
        return StepOutcome.Pass();
    }
}
