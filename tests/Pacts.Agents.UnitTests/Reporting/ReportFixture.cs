using Pacts.Agents.Orchestration;
using Pacts.Agents.Planning;
using Pacts.Storage.Runs;

namespace Pacts.Agents.UnitTests.Reporting;

/// <summary>
/// The events of a small run with a secret: a sign-in test case over two data rows (the second fails its assertion),
/// and a third test case the run never reached.
/// </summary>
internal static class ReportFixture
{
    public const string Secret = "hunter2-secret";
    public const string RunId = "run-1";

    public static Plan Plan()
    {
        PlanStep Fill(int i) => new(i, StepAction.Fill, "Password", Secret, null, null, "field", null, 5, 4, "Enter {{password}} in the Password field", false);
        PlanStep Click(int i) => new(i, StepAction.Click, "Login", null, null, null, "button", null, 6, 4, "Click the Login button", false);
        PlanStep Check(int i) => new(i, StepAction.AssertTextVisible, null, "Welcome", null, null, null, null, 8, 3, "The page shows \"Welcome\"", true);
        var steps = new[] { Fill(1), Click(2), Check(3) };
        return new Plan("login.txt",
        [
            new TestCasePlan("Sign in [row 1: user=jane]", "http://127.0.0.1:5180/shop/", null, steps, 2) { Row = new DataRow(1, new Dictionary<string, string> { ["user"] = "jane" }, 12) },
            new TestCasePlan("Sign in [row 2: user=bob]", "http://127.0.0.1:5180/shop/", null, steps, 2) { Row = new DataRow(2, new Dictionary<string, string> { ["user"] = "bob" }, 13) },
            new TestCasePlan("Never reached", "http://127.0.0.1:5180/shop/", null, [Click(1)], 20),
        ]) { Secrets = new SecretMask([Secret]) };
    }

    public static (List<RunEvent> Events, RunFinishedBody Finished) Run()
    {
        var plan = Plan();
        var bodies = new List<RunEventBody> { new RunStartedBody(plan) };
        for (var c = 0; c < 2; c++)
        {
            bodies.Add(new TestCaseStartedBody(c, plan.TestCases[c].Title, plan.TestCases[c].Url));
            bodies.Add(new ElementResolvedBody(c, 1, c == 0 ? ElementOrigin.Discovery : ElementOrigin.CacheEmbedded, "label=\"Password\"", 0.97, 0.4, 12));
            bodies.Add(new StepFinishedBody(c, 1, StepState.Passed, 40, c == 0 ? ElementOrigin.Discovery : ElementOrigin.CacheEmbedded, null));
            bodies.Add(new ArtifactRecordedBody(c, 1, $"case-{c + 1}/step-01.jpg", "screenshot"));
            bodies.Add(new StepHealedBody(c, 2, true, "#old-login", "role=button[name=\"Login\"]", "rediscovery", 0.91, 1, "found again"));
            bodies.Add(new ElementResolvedBody(c, 2, ElementOrigin.Heal, "role=button[name=\"Login\"]", 0.95, 0.3, 0));
            bodies.Add(new StepFinishedBody(c, 2, StepState.Passed, 55, ElementOrigin.Heal, null));
            var passed = c == 0;
            bodies.Add(new AssertionCheckedBody(c, 3, passed, "The page shows \"Welcome\"", "Welcome", passed ? "Welcome" : $"Account locked for {Secret}"));
            bodies.Add(new StepFinishedBody(c, 3, passed ? StepState.Passed : StepState.Failed, 30, ElementOrigin.None, passed ? null : "the text \"Welcome\" is not visible"));
            bodies.Add(new TestCaseFinishedBody(c, passed ? StepState.Passed : StepState.Failed, 400));
        }

        var failure = new StepFailure(1, plan.TestCases[1].Title, 3, 8, "The page shows \"Welcome\"", "the text \"Welcome\" is not visible", "Welcome", "Account locked");
        var finished = new RunFinishedBody(RunState.Failed, new RunCounts(1, 1, 5, 1), 1234, 0, [failure], "1 of 3 test case(s) failed");
        var at = new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero);
        var events = bodies.Select((b, i) => new RunEvent(RunId, i + 1, at.AddMilliseconds(i), b)).ToList();
        return (events, finished);
    }
}
