using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Pacts.Agents.Execution;

/// <summary>Polls a page reading until it satisfies a check or the step's timeout runs out (Playwright-style retry).</summary>
internal static partial class Retry
{
    private static readonly int[] Pauses = [0, 50, 100, 200, 300, 500];

    /// <remarks>
    /// A reading taken while the page navigates (after a click that opens another page) finds its document gone: that
    /// reading is taken again, as Playwright's expectations do, until the deadline.
    /// </remarks>
    public static async Task<(bool Ok, T Last)> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> check, float timeoutMs)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        var attempt = 0;
        while (true)
        {
            T value;
            try
            {
                value = await read().ConfigureAwait(false);
            }
            catch (PlaywrightException exception) when (Navigating().IsMatch(exception.Message) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(Pauses[Math.Min(attempt++, Pauses.Length - 1)]).ConfigureAwait(false);
                continue;
            }

            if (check(value) || DateTime.UtcNow >= deadline)
            {
                return (check(value), value);
            }

            await Task.Delay(Pauses[Math.Min(attempt++, Pauses.Length - 1)]).ConfigureAwait(false);
        }
    }

    [GeneratedRegex("context was destroyed|navigat|Cannot find context", RegexOptions.IgnoreCase)]
    private static partial Regex Navigating();
}
