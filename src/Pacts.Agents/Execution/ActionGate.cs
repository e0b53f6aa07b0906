using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Pacts.Agents.Execution;

/// <summary>
/// The checks an element must pass before it is acted on: attached, visible, enabled here; stable and receiving
/// events are checked by Playwright's own actionability wait, whose timeout is translated to the point that failed.
/// </summary>
internal static partial class ActionGate
{
    public static async Task<StepOutcome?> CheckAsync(ILocator locator, bool needsEnabled, float timeoutMs)
    {
        var expect = Assertions.Expect(locator);
        if (!await Holds(() => expect.ToBeAttachedAsync(new() { Timeout = timeoutMs })).ConfigureAwait(false))
        {
            return StepOutcome.GateFailed("attached", "the element is no longer in the page");
        }

        if (!await Holds(() => expect.ToBeVisibleAsync(new() { Timeout = timeoutMs })).ConfigureAwait(false))
        {
            return StepOutcome.GateFailed("visible", "the element is in the page but not visible");
        }

        if (needsEnabled && !await Holds(() => expect.ToBeEnabledAsync(new() { Timeout = timeoutMs })).ConfigureAwait(false))
        {
            return StepOutcome.GateFailed("enabled", "the element is disabled");
        }

        return null;
    }

    /// <summary>Turns a failed Playwright action into the gate point it stopped at.</summary>
    public static StepOutcome FromActionFailure(PlaywrightException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var covering = InterceptedBy().Match(message);
        if (covering.Success)
        {
            return StepOutcome.GateFailed("receives events", $"the element does not receive events: {covering.Groups["what"].Value.Trim()} covers it");
        }

        if (message.Contains("not stable", StringComparison.OrdinalIgnoreCase))
        {
            return StepOutcome.GateFailed("stable", "the element kept moving and never became stable");
        }

        return StepOutcome.Fail(FirstLine(message));
    }

    public static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    private static async Task<bool> Holds(Func<Task> check)
    {
        try
        {
            await check().ConfigureAwait(false);
            return true;
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"(?<what><[^\n]*?>[^\n]*?) (?:from [^\n]* )?subtree intercepts pointer events|(?<what><[^\n]*?>[^\n]*?) intercepts pointer events")]
    private static partial Regex InterceptedBy();
}
