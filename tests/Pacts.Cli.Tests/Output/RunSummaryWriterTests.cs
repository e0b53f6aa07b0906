using Pacts.Cli.Output;
using Pacts.V1;

namespace Pacts.Cli.Tests.Output;

/// <summary>The failure lines under a run's verdict: the step, its message, and what was expected and found.</summary>
public sealed class RunSummaryWriterTests
{
    [Fact]
    public void Write_MessageThatSaysWhatWasCheckedAndFound_IsNotFollowedByTheSameWordsAgain()
    {
        var line = FailureLine(new StepFailure
        {
            StepIndex = 4, Line = 9, Text = "I land on the Orders page",
            Message = "checked: page is 'Orders' (URL, title or main heading); found URL /account, title 'Brewhouse', heading 'My account'",
            Expected = "page is 'Orders' (URL, title or main heading)", Actual = "URL /account, title 'Brewhouse', heading 'My account'",
        });

        Assert.Equal("  failed: step 4 (line 9) \"I land on the Orders page\": checked: page is 'Orders' (URL, title or main heading); found URL /account, title 'Brewhouse', heading 'My account'", line);
    }

    [Fact]
    public void Write_MessageWithoutTheFoundText_IsFollowedByExpectedAndFound()
    {
        var line = FailureLine(new StepFailure
        {
            StepIndex = 8, Line = 18, Text = "\"Total: $30.00\" is visible",
            Message = "the text \"Total: $30.00\" is not visible", Expected = "Total: $30.00", Actual = "Total: $26.00",
        });

        Assert.EndsWith("is not visible — expected \"Total: $30.00\", found \"Total: $26.00\"", line, StringComparison.Ordinal);
    }

    private static string FailureLine(StepFailure failure)
    {
        using var output = new StringWriter();
        var finished = new RunFinished { Status = RunStatus.Failed, TestCasesFailed = 1 };
        finished.Failures.Add(failure);

        RunSummaryWriter.Write(output, finished, new Palette(enabled: false));

        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd('\r');
    }
}
