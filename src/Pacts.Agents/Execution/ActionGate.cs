using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Pacts.Agents.Execution;

/// <summary>
/// The five points an element must pass before it is acted on: attached, visible, stable, enabled, receives events.
/// Playwright's actionability wait checks all five before every action, so a step that passes pays for no check of
/// its own; when the action times out, <see cref="DiagnoseAsync"/> names the point that failed and, for "receives
/// events", what covers the element.
/// </summary>
internal static partial class ActionGate
{
    public static async Task<StepOutcome> DiagnoseAsync(ILocator? locator, Exception exception, bool needsEnabled)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var covering = InterceptedBy().Match(message);
        if (covering.Success)
        {
            return Covered(covering.Groups["what"].Value.Trim());
        }

        if (locator is not null && exception is TimeoutException && await PointFailedAsync(locator, needsEnabled).ConfigureAwait(false) is { } point)
        {
            return point;
        }

        if (message.Contains("element is not stable", StringComparison.OrdinalIgnoreCase))
        {
            return NotStable;
        }

        if (message.Contains("element is not editable", StringComparison.OrdinalIgnoreCase))
        {
            return StepOutcome.GateFailed("enabled", "the element is read-only");
        }

        return StepOutcome.Fail(FirstLine(message));
    }

    public static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    private static StepOutcome NotStable => StepOutcome.GateFailed("stable", "the element kept moving and never became stable");

    private static StepOutcome Covered(string what) => StepOutcome.GateFailed("receives events", $"the element does not receive events: {what} covers it");

    // Attached, visible, enabled, stable and receiving events, checked now (no waiting: the action has already waited
    // its timeout).
    private static async Task<StepOutcome?> PointFailedAsync(ILocator locator, bool needsEnabled)
    {
        try
        {
            var count = await locator.CountAsync().ConfigureAwait(false);
            if (count == 0)
            {
                return StepOutcome.GateFailed("attached", "the element is no longer in the page");
            }

            if (count > 1)
            {
                return null;
            }

            if (!await locator.IsVisibleAsync().ConfigureAwait(false))
            {
                return StepOutcome.GateFailed("visible", "the element is in the page but not visible");
            }

            if (needsEnabled && !await locator.IsEnabledAsync(new() { Timeout = 1_000 }).ConfigureAwait(false))
            {
                return StepOutcome.GateFailed("enabled", "the element is disabled");
            }

            // Playwright's log names a moving or covered element only if it got that far before its timeout (not always on a
            // loaded machine), so the page is asked directly.
            var motion = await locator.EvaluateAsync<JsonElement>(MotionScript, null, new() { Timeout = 1_000 }).ConfigureAwait(false);
            if (motion.GetProperty("moving").GetBoolean())
            {
                return NotStable;
            }

            return motion.GetProperty("covering").GetString() is { Length: > 0 } covering
                ? Covered(covering)
                : null;
        }
        catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
        {
            return null;
        }
    }

    // Whether the element moves between two animation frames, and what the page shows on top of its centre.
    private const string MotionScript = """
        el => new Promise(resolve => {
          const before = el.getBoundingClientRect();
          requestAnimationFrame(() => requestAnimationFrame(() => {
            const now = el.getBoundingClientRect();
            const moving = before.x !== now.x || before.y !== now.y || before.width !== now.width || before.height !== now.height;
            const root = el.getRootNode();
            const top = (root.elementFromPoint ? root : document).elementFromPoint(now.x + now.width / 2, now.y + now.height / 2);
            let covering = '';
            if (top && top !== el && !el.contains(top)) {
              const id = top.id ? ` id="${top.id}"` : '';
              const cls = top.getAttribute('class') ? ` class="${top.getAttribute('class')}"` : '';
              covering = `<${top.tagName.toLowerCase()}${id}${cls}>${(top.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40)}`;
            }
            resolve({ moving, covering });
          }));
        })
        """;

    [GeneratedRegex(@"(?<what><[^\n]*?>[^\n]*?) (?:from [^\n]* )?subtree intercepts pointer events|(?<what><[^\n]*?>[^\n]*?) intercepts pointer events")]
    private static partial Regex InterceptedBy();
}
