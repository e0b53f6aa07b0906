using Pacts.Cli.Output.Live;
using Pacts.V1;

namespace Pacts.Cli.Tests.Output.Live;

/// <summary>
/// The live view's model without a terminal: a run's events fed to <see cref="RunBoard"/> and its snapshots checked.
/// </summary>
public sealed class RunBoardTests
{
    private readonly LoginRun _run = new();

    [Fact]
    public void Apply_MidRun_RunningCaseShowsItsCurrentStepAndCountsAndTheNextIsQueued()
    {
        var board = _run.NewBoard("login.txt");

        _run.FeedFirstCaseUpToThePassword(board, 0);
        var file = board.Snapshot()[0];

        Assert.Equal((ProgressState.Running, 2, 8), (file.State, file.StepsDone, file.StepsTotal));
        Assert.Equal(TimeSpan.FromSeconds(3), file.Elapsed);
        var first = file.Cases[0];
        Assert.Equal(("Standard user can sign in", ProgressState.Running, "Enter \"•••\" in the Password field", 2, 5),
            (first.Title, first.State, first.Step, first.StepsDone, first.StepsTotal));
        Assert.Equal(TimeSpan.FromSeconds(2), first.Elapsed);
        var second = file.Cases[1];
        Assert.Equal(("Locked account is refused", ProgressState.Queued, "", 0, 3),
            (second.Title, second.State, second.Step, second.StepsDone, second.StepsTotal));
    }

    [Fact]
    public void Apply_WholeRun_FailedCaseKeepsItsFailedStepAndTimesComeFromTheEvents()
    {
        var board = _run.NewBoard("login.txt");

        _run.FeedWholeRun(board, 0);
        _run.Clock.Advance(TimeSpan.FromMinutes(5));
        var file = board.Snapshot()[0];

        Assert.Equal((ProgressState.Failed, 8, 8), (file.State, file.StepsDone, file.StepsTotal));
        Assert.Equal(TimeSpan.FromMilliseconds(4321), file.Elapsed);
        var first = file.Cases[0];
        Assert.Equal((ProgressState.Passed, "", 5, 5), (first.State, first.Step, first.StepsDone, first.StepsTotal));
        Assert.Equal(TimeSpan.FromMilliseconds(1234), first.Elapsed);
        var second = file.Cases[1];
        Assert.Equal((ProgressState.Failed, "Click the [red]Login[/] button", 3, 3),
            (second.State, second.Step, second.StepsDone, second.StepsTotal));
        Assert.Equal(TimeSpan.FromMilliseconds(2000), second.Elapsed);
    }

    [Fact]
    public void Apply_RunCancelledMidCase_OpenAndUnstartedCasesShowCancelled()
    {
        var board = _run.NewBoard("login.txt");

        _run.FeedFirstCaseUpToThePassword(board, 0);
        board.Apply(0, LoginRun.RunFinished(RunStatus.Cancelled, 3100, sequence: 9));
        var file = board.Snapshot()[0];

        Assert.Equal([ProgressState.Cancelled, ProgressState.Cancelled, ProgressState.Cancelled], [file.State, file.Cases[0].State, file.Cases[1].State]);
        Assert.Equal("", file.Cases[0].Step);
        Assert.Equal(TimeSpan.FromMilliseconds(3100), file.Elapsed);
    }

    [Fact]
    public void Apply_TwoCasesOfOneRunInterleaved_EachKeepsItsOwnStepAndCount()
    {
        var board = _run.NewBoard("login.txt");
        board.Apply(0, LoginRun.RunStarted);

        // StartRunRequest.parallel runs test cases at once: their events interleave, told apart by test_case_index.
        board.Apply(0, LoginRun.CaseStarted(1, "Locked account is refused"));
        board.Apply(0, LoginRun.CaseStarted(0, "Standard user can sign in"));
        LoginRun.Step(board, 0, 1, 1, "Enter \"locked\" in the Username field", StepStatus.Passed);
        board.Apply(0, LoginRun.StepStarted(0, 1, "Verify \"Sign in to the shop\" is visible"));
        board.Apply(0, LoginRun.StepStarted(1, 2, "Click the [red]Login[/] button"));
        var cases = board.Snapshot()[0].Cases;

        Assert.Equal((ProgressState.Running, "Verify \"Sign in to the shop\" is visible", 0), (cases[0].State, cases[0].Step, cases[0].StepsDone));
        Assert.Equal((ProgressState.Running, "Click the [red]Login[/] button", 1), (cases[1].State, cases[1].Step, cases[1].StepsDone));
    }

    [Fact]
    public void Interrupt_TwoFilesOneRunningOneQueued_BothCancelledAndTheirClocksStop()
    {
        var board = _run.NewBoard("login.txt", "checkout.txt");
        _run.FeedFirstCaseUpToThePassword(board, 0);

        board.Interrupt();
        _run.Clock.Advance(TimeSpan.FromMinutes(1));
        var files = board.Snapshot();

        Assert.Equal([ProgressState.Cancelled, ProgressState.Cancelled], [files[0].State, files[1].State]);
        Assert.Equal([ProgressState.Cancelled, ProgressState.Cancelled], [files[0].Cases[0].State, files[0].Cases[1].State]);
        Assert.Equal(TimeSpan.FromSeconds(3), files[0].Elapsed);
        Assert.Equal(TimeSpan.FromSeconds(2), files[0].Cases[0].Elapsed);
    }

    [Fact]
    public void Finished_RejectedRequirement_FileIsInvalidAndTheTotalsSayItDidNotRun()
    {
        var board = _run.NewBoard("broken.txt");
        var rejected = new RunResult { InvalidRequirement = "6:4: error: cannot read the step 'Clack the Login button'" };

        board.Starting(0);
        board.Finished(0, rejected);
        var files = board.Snapshot();

        Assert.Equal(ProgressState.Invalid, files[0].State);
        Assert.Empty(files[0].Cases);
        Assert.Equal("0 test cases; 1 file did not run", RunBoardView.Totals(files));
    }
}
