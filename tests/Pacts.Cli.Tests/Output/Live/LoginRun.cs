using Pacts.Cli.Output.Live;
using Pacts.V1;

namespace Pacts.Cli.Tests.Output.Live;

/// <summary>
/// A run of login.txt (two test cases, eight steps) as the service streams it, fed to a <see cref="RunBoard"/> whose
/// time comes from <see cref="Clock"/>. Step texts arrive masked, as the service sends them.
/// </summary>
internal sealed class LoginRun
{
    /// <summary>The plan in the JSON form <c>--output jsonl</c> prints; the second case's step has brackets that are not markup.</summary>
    private const string RunStartedJson = """
        {"runId":"run-1","sequence":"1","runStarted":{"plan":{"requirementName":"login.txt","testCases":[
          {"title":"Standard user can sign in","url":"http://127.0.0.1:5180/shop/","steps":[
            {"index":1,"kind":"STEP_KIND_ASSERTION","action":"assert_text_visible","text":"Verify \"Sign in to the shop\" is visible"},
            {"index":2,"kind":"STEP_KIND_ACTION","action":"fill","text":"Enter \"jane\" in the Username field"},
            {"index":3,"kind":"STEP_KIND_ACTION","action":"fill","text":"Enter \"•••\" in the Password field"},
            {"index":4,"kind":"STEP_KIND_ACTION","action":"click","text":"Click the Login button"},
            {"index":5,"kind":"STEP_KIND_ASSERTION","action":"assert_url_contains","text":"Verify the URL contains \"catalog.html\""}]},
          {"title":"Locked account is refused","url":"http://127.0.0.1:5180/shop/","steps":[
            {"index":1,"kind":"STEP_KIND_ACTION","action":"fill","text":"Enter \"locked\" in the Username field"},
            {"index":2,"kind":"STEP_KIND_ACTION","action":"click","text":"Click the [red]Login[/] button"},
            {"index":3,"kind":"STEP_KIND_ASSERTION","action":"assert_text_visible","text":"Verify \"Account locked\" is visible"}]}]}}}
        """;

    public ManualClock Clock { get; } = new();

    public static RunEvent RunStarted => RunEvent.Parser.ParseJson(RunStartedJson);

    public RunBoard NewBoard(params string[] files) => new(files, Clock);

    /// <summary>Run starts, case 1 opens a second later, two steps pass a second apart, the third starts; 3 s in all.</summary>
    public void FeedFirstCaseUpToThePassword(RunBoard board, int file)
    {
        board.Starting(file);
        board.Apply(file, RunStarted);
        Clock.Advance(TimeSpan.FromSeconds(1));
        board.Apply(file, CaseStarted(0, "Standard user can sign in", sequence: 2));
        Step(board, file, 0, 1, "Verify \"Sign in to the shop\" is visible", StepStatus.Passed);
        Clock.Advance(TimeSpan.FromSeconds(1));
        Step(board, file, 0, 2, "Enter \"jane\" in the Username field", StepStatus.Passed);
        Clock.Advance(TimeSpan.FromSeconds(1));
        board.Apply(file, StepStarted(0, 3, "Enter \"•••\" in the Password field", action: "fill", sequence: 7));
    }

    /// <summary>The whole run: the first case passes (1.234 s), the second fails at its second step (2 s), 4.321 s in all.</summary>
    public void FeedWholeRun(RunBoard board, int file)
    {
        FeedFirstCaseUpToThePassword(board, file);
        board.Apply(file, StepFinished(0, 3, StepStatus.Passed, durationMs: 40, sequence: 8));
        Step(board, file, 0, 4, "Click the Login button", StepStatus.Passed);
        Step(board, file, 0, 5, "Verify the URL contains \"catalog.html\"", StepStatus.Passed);
        board.Apply(file, CaseFinished(0, StepStatus.Passed, 1234));
        board.Apply(file, CaseStarted(1, "Locked account is refused", sequence: 20));
        Step(board, file, 1, 1, "Enter \"locked\" in the Username field", StepStatus.Passed);
        Step(board, file, 1, 2, "Click the [red]Login[/] button", StepStatus.Failed);
        Step(board, file, 1, 3, "Verify \"Account locked\" is visible", StepStatus.Skipped);
        board.Apply(file, CaseFinished(1, StepStatus.Failed, 2000));
        board.Apply(file, RunFinished(RunStatus.Failed, 4321, passed: 1, failed: 1, sequence: 30));
    }

    /// <summary>One step started and finished (25 ms) in <paramref name="testCase"/>.</summary>
    public static void Step(RunBoard board, int file, int testCase, int step, string text, StepStatus status)
    {
        board.Apply(file, StepStarted(testCase, step, text));
        board.Apply(file, StepFinished(testCase, step, status, durationMs: 25));
    }

    public static RunEvent CaseStarted(int testCase, string title, long sequence = 0) =>
        new() { RunId = "run-1", Sequence = sequence, TestCaseStarted = new() { TestCaseIndex = testCase, Title = title } };

    public static RunEvent StepStarted(int testCase, int step, string text, string action = "", long sequence = 0) => new()
    {
        RunId = "run-1",
        Sequence = sequence,
        StepStarted = new() { TestCaseIndex = testCase, StepIndex = step, Action = action, Text = text },
    };

    public static RunEvent RunFinished(RunStatus status, long durationMs, int passed = 0, int failed = 0, long sequence = 0) => new()
    {
        RunId = "run-1",
        Sequence = sequence,
        RunFinished = new() { Status = status, TestCasesPassed = passed, TestCasesFailed = failed, DurationMs = durationMs },
    };

    private static RunEvent StepFinished(int testCase, int step, StepStatus status, long durationMs, long sequence = 0) => new()
    {
        RunId = "run-1",
        Sequence = sequence,
        StepFinished = new() { TestCaseIndex = testCase, StepIndex = step, Status = status, DurationMs = durationMs },
    };

    private static RunEvent CaseFinished(int testCase, StepStatus status, long durationMs) => new()
    {
        RunId = "run-1",
        TestCaseFinished = new() { TestCaseIndex = testCase, Status = status, DurationMs = durationMs },
    };
}
