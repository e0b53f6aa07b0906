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

    public async Task<StepOutcome> ExecuteAsync(IPage page, PlanStep step, LocatorSpec? element, string testCaseUrl)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(step);
        var locator = element?.ToLocator(page);
        try
        {
            if (locator is not null && !step.IsAssertion)
            {
                var gate = await ActionGate.CheckAsync(locator, needsEnabled: true, Timeout).ConfigureAwait(false);
                if (gate is not null)
                {
                    return gate;
                }
            }

            return step.Action switch
            {
                StepAction.Navigate => await NavigateAsync(page, step.Value!, testCaseUrl).ConfigureAwait(false),
                StepAction.AssertTextVisible => await TextVisibleAsync(page, step.Value!).ConfigureAwait(false),
                StepAction.AssertUrlContains => await UrlContainsAsync(page, step.Value!).ConfigureAwait(false),
                StepAction.AssertValue => await ValueAsync(Required(locator), step.Value!).ConfigureAwait(false),
                StepAction.Press when locator is null => await Done(page.Keyboard.PressAsync(step.Value!)).ConfigureAwait(false),
                _ => await ActAsync(Required(locator), step).ConfigureAwait(false),
            };
        }
        catch (PlaywrightException exception)
        {
            return ActionGate.FromActionFailure(exception);
        }
    }

    private async Task<StepOutcome> ActAsync(ILocator locator, PlanStep step)
    {
        switch (step.Action)
        {
            case StepAction.Fill:
                await locator.FillAsync(step.Value!, new() { Timeout = Timeout }).ConfigureAwait(false);
                break;
            case StepAction.Click:
                await locator.ClickAsync(new() { Timeout = Timeout }).ConfigureAwait(false);
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
            default:
                throw new InvalidOperationException($"{step.Action} is not an element action");
        }

        return StepOutcome.Pass();
    }

    private async Task<StepOutcome> NavigateAsync(IPage page, string target, string testCaseUrl)
    {
        var url = new Uri(new Uri(testCaseUrl), target).ToString();
        var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load, Timeout = options.Value.NavigationTimeoutMs }).ConfigureAwait(false);
        return response is { Ok: false }
            ? StepOutcome.Fail($"{url} answered HTTP {response.Status}", "a page", $"HTTP {response.Status}")
            : StepOutcome.Pass();
    }

    private async Task<StepOutcome> SelectAsync(ILocator locator, string wanted)
    {
        var options = await locator.EvaluateAsync<string[][]>("s => Array.from(s.options || []).map(o => [o.label, o.value])").ConfigureAwait(false);
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
        var locator = page.GetByText(text).Filter(new() { Visible = true }).First;
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
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(fragment)), new() { Timeout = Timeout }).ConfigureAwait(false);
            return StepOutcome.Pass(fragment, page.Url);
        }
        catch (PlaywrightException)
        {
            return StepOutcome.Fail($"the URL does not contain \"{fragment}\"", fragment, page.Url);
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

    private static ILocator Required(ILocator? locator) =>
        locator ?? throw new InvalidOperationException("This step needs an element, but none was resolved.");

    private static async Task<StepOutcome> Done(Task action)
    {
        await action.ConfigureAwait(false);
        return StepOutcome.Pass();
    }
}
