using Microsoft.Playwright;
using Pacts.Agents.Planning;

namespace Pacts.Agents.Execution;

/// <summary>Assertions about the one element the step resolved: state, value, selected option, text.</summary>
internal sealed class ElementAssertions(ExecutionOptions options)
{
    private float Timeout => options.StepTimeoutMs;

    public Task<StepOutcome> CheckAsync(ILocator locator, PlanStep step)
    {
        var expect = Assertions.Expect(locator);
        var timeout = Timeout;
        return step.Action switch
        {
            StepAction.AssertVisible => Expectation.ExpectAsync(() => expect.ToBeVisibleAsync(new() { Timeout = timeout }), $"'{step.Target}' is not visible", "visible", "not visible"),
            StepAction.AssertEnabled => Expectation.ExpectAsync(() => expect.ToBeEnabledAsync(new() { Timeout = timeout }), $"'{step.Target}' is disabled", "enabled", "disabled"),
            StepAction.AssertDisabled => Expectation.ExpectAsync(() => expect.ToBeDisabledAsync(new() { Timeout = timeout }), $"'{step.Target}' is enabled", "disabled", "enabled"),
            StepAction.AssertChecked => Expectation.ExpectAsync(() => expect.ToBeCheckedAsync(new() { Timeout = timeout }), $"'{step.Target}' is not checked", "checked", "not checked"),
            StepAction.AssertUnchecked => Expectation.ExpectAsync(() => expect.ToBeCheckedAsync(new() { Checked = false, Timeout = timeout }), $"'{step.Target}' is checked", "not checked", "checked"),
            StepAction.AssertValue => ValueAsync(locator, step.Value!),
            StepAction.AssertSelected => SelectedAsync(locator, step.Value!),
            StepAction.AssertText => TextAsync(locator, step.Value!),
            _ => throw new InvalidOperationException($"{step.Action} is not an element assertion"),
        };
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

    private async Task<StepOutcome> TextAsync(ILocator locator, string text)
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
}
