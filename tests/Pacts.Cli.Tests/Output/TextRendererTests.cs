using System.Text.RegularExpressions;
using Pacts.Cli.Output;
using Pacts.V1;

namespace Pacts.Cli.Tests.Output;

/// <summary>Plain output of a run whose test cases ran at once: each test case's lines together, in plan order.</summary>
public sealed class TextRendererTests : IDisposable
{
    private readonly StringWriter _output = new();

    public void Dispose() => _output.Dispose();

    [Fact]
    public void OnEvent_TwoTestCasesInterleaved_FirstStreamsSecondIsHeldThenPrintedWhole()
    {
        var renderer = new TextRenderer(_output, "login.txt", new Palette(enabled: false));

        renderer.OnEvent(Started(0, "First"));
        renderer.OnEvent(Started(1, "Second"));
        Step(renderer, 1, 1, "Click B one");
        Step(renderer, 0, 1, "Click A one");

        // The first test case prints as it goes; the second waits for it.
        Assert.Equal(["login.txt › First", "A one"], Lines());

        Step(renderer, 1, 2, "Click B two");
        renderer.OnEvent(Finished(1));
        renderer.OnEvent(Started(2, "Third"));
        Step(renderer, 0, 2, "Click A two");
        renderer.OnEvent(Finished(0));
        Step(renderer, 2, 1, "Click C one");

        // The second finished while held: it comes out whole, then the third, which now prints as it goes.
        Assert.Equal(["login.txt › First", "A one", "A two", "login.txt › Second", "B one", "B two", "login.txt › Third", "C one"], Lines());

        renderer.OnEvent(new RunEvent { RunFinished = new RunFinished { Status = RunStatus.Passed, TestCasesPassed = 3 } });
        Assert.StartsWith("PASSED 3 of 3 test cases", _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void OnEvent_RunEndsWithATestCaseStillHeld_EveryLineIsPrintedBeforeTheSummary()
    {
        var renderer = new TextRenderer(_output, "login.txt", new Palette(enabled: false));

        renderer.OnEvent(Started(0, "First"));
        renderer.OnEvent(Started(1, "Second"));
        Step(renderer, 1, 1, "Click B one");
        renderer.OnEvent(new RunEvent { RunFinished = new RunFinished { Status = RunStatus.Cancelled } });

        var lines = _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["login.txt › First", "login.txt › Second"], lines.Where(l => l.StartsWith("login.txt", StringComparison.Ordinal)));
        Assert.Contains("B one", lines[2], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
    }

    // Headers as they are; a step line by the words that tell the steps apart ("A one").
    private List<string> Lines() => [.. _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(l => l.StartsWith("login.txt", StringComparison.Ordinal) ? l : Regex.Match(l, "[ABC] (one|two)").Value)];

    private static RunEvent Started(int testCase, string title) => new() { TestCaseStarted = new() { TestCaseIndex = testCase, Title = title } };

    private static RunEvent Finished(int testCase) => new() { TestCaseFinished = new() { TestCaseIndex = testCase, Status = StepStatus.Passed } };

    // A step started and finished: the renderer prints its line when it finishes.
    private static void Step(TextRenderer renderer, int testCase, int step, string text)
    {
        renderer.OnEvent(new RunEvent { StepStarted = new() { TestCaseIndex = testCase, StepIndex = step, Action = "click", Text = text } });
        renderer.OnEvent(new RunEvent { StepFinished = new() { TestCaseIndex = testCase, StepIndex = step, Status = StepStatus.Passed, DurationMs = 5 } });
    }
}
