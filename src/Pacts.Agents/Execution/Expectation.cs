using Microsoft.Playwright;

namespace Pacts.Agents.Execution;

/// <summary>A Playwright expectation (which retries until the timeout) as a step outcome.</summary>
internal static class Expectation
{
    public static async Task<StepOutcome> ExpectAsync(Func<Task> expectation, string failure, string? expected, string? actual)
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
}
