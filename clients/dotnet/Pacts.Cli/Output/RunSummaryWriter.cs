using Pacts.V1;

namespace Pacts.Cli.Output;

/// <summary>The closing lines of a run: verdict and counts, then one line per failed step.</summary>
internal static class RunSummaryWriter
{
    public static void Write(TextWriter output, RunFinished finished, Palette palette)
    {
        var total = finished.TestCasesPassed + finished.TestCasesFailed;
        var verdict = Labels.Verdict(finished.Status);
        var head = finished.Status switch
        {
            RunStatus.Passed => palette.Green($"{verdict} {finished.TestCasesPassed} of {total} test cases"),
            RunStatus.Failed => palette.Red($"{verdict} {finished.TestCasesFailed} of {total} test cases"),
            _ => palette.Red($"{verdict} · {finished.TestCasesPassed} of {total} test cases passed"),
        };
        var llm = finished.LlmCalls == 1 ? "1 LLM call" : $"{finished.LlmCalls} LLM calls";
        var line = $"{head} · {finished.StepsPassed} steps passed, {finished.StepsFailed} failed · {llm} · " +
                   Labels.Duration(finished.DurationMs);
        if (finished.Message.Length > 0)
        {
            line += $" · {finished.Message}";
        }

        output.WriteLine(line);
        foreach (var failure in finished.Failures)
        {
            output.WriteLine(palette.Red(FailureLine(failure)));
        }
    }

    private static string FailureLine(StepFailure failure)
    {
        var line = $"  failed: step {failure.StepIndex} (line {failure.Line}) \"{failure.Text}\": {failure.Message}";
        // A check that says in its message what it checked and found ("checked: URL contains /cart; found /") is not repeated.
        var said = failure.Message.Contains(failure.Expected, StringComparison.Ordinal) && failure.Message.Contains(failure.Actual, StringComparison.Ordinal);
        var mismatch = said ? "" : Labels.Mismatch(failure.Expected, failure.Actual);
        return mismatch.Length > 0 ? $"{line} — {mismatch}" : line;
    }
}
