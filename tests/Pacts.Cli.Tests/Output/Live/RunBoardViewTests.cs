using Pacts.Cli.Output.Live;
using Spectre.Console;

namespace Pacts.Cli.Tests.Output.Live;

/// <summary>
/// The table <see cref="RunBoardView"/> draws of a <see cref="RunBoard"/>, written to a plain Spectre console (no ANSI,
/// no colour, not interactive, a fixed width) over a <see cref="StringWriter"/>.
/// </summary>
public sealed class RunBoardViewTests
{
    private const int Width = 160;

    private readonly LoginRun _run = new();

    [Fact]
    public void Build_MidRun_TableShowsEachFileAndCaseWithStateStepCountTimeAndTheMaskedStep()
    {
        var board = _run.NewBoard("login.txt", "checkout.txt");
        _run.FeedFirstCaseUpToThePassword(board, 0);

        var lines = Render(board);

        Assert.Contains(lines, line => Has(line, "login.txt", "running", "2/8", "3.0 s"));
        Assert.Contains(lines, line => Has(line, "Standard user can sign in", "running", "2/5", "2.0 s", "Enter \"•••\" in the Password field"));
        Assert.Contains(lines, line => Has(line, "Locked account is refused", "queued", "0/3", "0 ms"));
        Assert.Contains(lines, line => Has(line, "checkout.txt", "queued", "0/0", "0 ms"));
        Assert.DoesNotContain(lines, line => line.Contains("Enter \"jane\"", StringComparison.Ordinal));
        Assert.Equal("2 test cases: 1 queued, 1 running", lines[^1].Trim());
    }

    [Fact]
    public void Build_FinishedRun_FinalTableShowsVerdictsCountsAndTheFailedStepLiterally()
    {
        var board = _run.NewBoard("login.txt");
        _run.FeedWholeRun(board, 0);

        var lines = Render(board);

        Assert.Contains(lines, line => Has(line, "login.txt", "failed", "8/8", "4.3 s"));
        Assert.Contains(lines, line => Has(line, "Standard user can sign in", "passed", "5/5", "1.2 s"));
        Assert.Contains(lines, line => Has(line, "Locked account is refused", "failed", "3/3", "2.0 s", "Click the [red]Login[/] button"));
        Assert.Equal("2 test cases: 1 passed, 1 failed", lines[^1].Trim());
    }

    /// <summary>The table's non-empty lines, trailing spaces trimmed.</summary>
    private static List<string> Render(RunBoard board)
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = Width;
        console.Write(RunBoardView.Build(board.Snapshot(), Width));
        return [.. output.ToString().ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0)];
    }

    private static bool Has(string line, params string[] parts) => parts.All(part => line.Contains(part, StringComparison.Ordinal));
}
