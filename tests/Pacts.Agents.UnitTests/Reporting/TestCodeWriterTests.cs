using Pacts.Agents.Discovery;
using Pacts.Agents.Orchestration;
using Pacts.Agents.Planning;
using Pacts.Agents.Reporting;
using Pacts.Storage.Runs;

namespace Pacts.Agents.UnitTests.Reporting;

public sealed class TestCodeWriterTests
{
    private const string Password = "pw-Secret-9";

    private static readonly LocatorSpec User = new(LocatorKind.Label, "Username");
    private static readonly LocatorSpec Pass = new(LocatorKind.Placeholder, "Password");
    private static readonly LocatorSpec Login = new(LocatorKind.Role, "button", "Log in");

    [Fact]
    public void Write_RowsThatDifferInValues_AreOneTheory_WithSecretsFromTheEnvironment()
    {
        var code = Write(passed: true);

        Assert.Contains("public sealed class LoginTests : PactsTest", code, StringComparison.Ordinal);
        Assert.Contains("[Theory]", code, StringComparison.Ordinal);
        Assert.Contains("[InlineData(1, \"jane\")]", code, StringComparison.Ordinal);
        Assert.Contains("[InlineData(2, \"bob\")]", code, StringComparison.Ordinal);
        Assert.Contains("public async Task SignIn(int row, string step1Value)", code, StringComparison.Ordinal);
        Assert.Contains("await page.GetByLabel(\"Username\", new() { Exact = true }).FillAsync(Env.Bind(step1Value));", code, StringComparison.Ordinal);
        Assert.Contains("await page.GetByPlaceholder(\"Password\", new() { Exact = true }).FillAsync(Env.Bind(\"{{env:PACTS_PASSWORD}}\"));", code, StringComparison.Ordinal);
        Assert.Contains("await page.GetByRole(AriaRole.Button, new() { Name = \"Log in\", Exact = true }).ClickAsync();", code, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, code, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EveryStep_NamesItsLine_AndAssertionsAreExpectations()
    {
        var code = Write(passed: true);

        Assert.Contains("// line 5: Enter {{user}} in the Username field", code, StringComparison.Ordinal);
        Assert.Contains("// line 8: The URL contains \"account\"", code, StringComparison.Ordinal);
        Assert.Contains("await Expect(page).ToHaveURLAsync(Containing(\"account\"));", code, StringComparison.Ordinal);
        Assert.Contains("await Expect(page.GetByText(\"Welcome\").Filter(new() { Visible = true }).First).ToBeVisibleAsync();", code, StringComparison.Ordinal);
        Assert.Contains("var page = await OpenAsync(\"http://127.0.0.1:5180/shop/\");", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FailedTestCase_IsGeneratedSkippedWithTheReason()
    {
        var code = Write(passed: false);

        Assert.Contains("[Theory(Skip = \"the run did not pass 'Sign in [row 2: user=bob]': no Welcome\")]", code, StringComparison.Ordinal);
    }

    [Fact]
    public void LocatorSpec_ToCSharp_ScopeFrameAndPattern()
    {
        var spec = new LocatorSpec(LocatorKind.Role, "button", "Add to cart", ".card", "Blue \"Mug\"", "iframe#shop", "^Cart \\(\\d+\\)$");

        Assert.Equal(
            "page.FrameLocator(\"iframe#shop\").Locator(\".card\").Filter(new() { HasText = \"Blue \\\"Mug\\\"\" }).GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex(\"^Cart \\\\(\\\\d+\\\\)$\") })",
            spec.ToCSharp("page", CSharpText.Literal));
        Assert.Equal("page.Locator(\"[data-testid=\\\"save\\\"]\")", new LocatorSpec(LocatorKind.TestId, "data-testid", "save").ToCSharp("page", CSharpText.Literal));
        Assert.Equal("page.Locator(\"[id=\\\"q\\\"]\")", new LocatorSpec(LocatorKind.Id, "q").ToCSharp("page", CSharpText.Literal));
    }

    [Fact]
    public void Write_SecretTheRequestDidNotName_IsReadFromAKeyedName_ListedWithItsLines()
    {
        var key = "k1"u8.ToArray();
        var code = Write(passed: true, namedByRequest: false, key);
        var name = SecretNames.NameOf(key, Password);

        Assert.Matches("^PACTS_SECRET_[0-9A-F]{6}$", name);
        Assert.Contains($"FillAsync(Env.Bind(\"{{{{env:{name}}}}}\"));", code, StringComparison.Ordinal);
        Assert.Contains($"//   {name}: line 6", code, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, code, StringComparison.Ordinal);
    }

    [Fact]
    public void CountsAndListsOnly_AreCheckedByTheRunsOwnPageRules_CarriedInTheProject()
    {
        var code = new StepCode("http://127.0.0.1:5180/shop/", "\"3\"", CSharpText.For(SecretMask.None, new Dictionary<string, string>(), v => v));
        var count = new PlanStep(1, StepAction.AssertCount, "items", "3", null, new StepScope(ScopeKind.Section, "the cart"), null, null, 16, 3, "There are 3 items in the cart", true);
        var only = new PlanStep(2, StepAction.AssertItems, null, null, ["Blue Mug", "Cork Coaster Set"], null, null, null, 17, 3, "The cart lists only", true);

        Assert.Equal("await PageRules.CountIsAsync(page, \"items\", \"\", \"the cart\", 3);", code.For(count, null));
        Assert.Equal("await PageRules.ListsOnlyAsync(page, \"Blue Mug\", \"Cork Coaster Set\");", code.For(only, null));
        var rules = Assert.Single(GeneratedProject.Files, f => f.Name == "PageRules.cs").Content;
        Assert.Contains("page.EvaluateAsync<int>(Call(\"count\"), new { target, kind, scope })", rules, StringComparison.Ordinal);
        Assert.Contains("Script + \"return pactsChecks.\" + check + \"(arg); }\"", rules, StringComparison.Ordinal);
        Assert.Contains(Pacts.Agents.Execution.PageChecks.Script, rules, StringComparison.Ordinal);
    }

    [Fact]
    public void PagesAndListItems_AreCheckedByTheRunsOwnPageRules_WithTheStepsFields()
    {
        var code = new StepCode("http://127.0.0.1:5180/shop/", "\"v\"", CSharpText.For(SecretMask.None, new Dictionary<string, string>(), v => v));
        PlanStep Step(StepAction action, string? target, string? value, string? kind = null, int? ordinal = null, StepScope? scope = null) =>
            new(1, action, target, value, null, scope, kind, ordinal, 3, 3, "a line", true);

        Assert.Equal("await PageRules.OpenPageAsync(page, \"Sign in\");", code.For(Step(StepAction.OpenPage, "Sign in", null), null));
        Assert.Equal("await PageRules.OnPageAsync(page, \"v\");", code.For(Step(StepAction.AssertOnPage, null, "Orders"), null));
        Assert.Equal("await PageRules.EachHasAsync(page, \"v\", \"Track\", \"button\", \"\");", code.For(Step(StepAction.AssertEach, "Track", "order", "button"), null));
        Assert.Equal("await PageRules.SortedAsync(page, \"price\", \"v\", \"Results\");", code.For(Step(StepAction.AssertSorted, "price", "ascending", scope: new StepScope(ScopeKind.Section, "Results")), null));
        Assert.Equal("await PageRules.NthShowsAsync(page, \"order\", -1, \"v\", \"\");", code.For(Step(StepAction.AssertNth, "order", "#1045", ordinal: -1), null));
        Assert.Equal("await PageRules.CountIsAsync(page, \"orders\", \"\", \"\", 4, \">=\");", code.For(Step(StepAction.AssertCount, "orders", ">=4"), null));
        Assert.Equal("await PageRules.CountIsAsync(page, \"orders\", \"\", \"\", 4, \"<\");", code.For(Step(StepAction.AssertCount, "orders", "< 4"), null));
        var rules = Assert.Single(GeneratedProject.Files, f => f.Name == "PageRules.cs").Content;
        Assert.Contains("Call(\"pageLink\")", rules, StringComparison.Ordinal);
        Assert.All(["onPage", "each", "sorted", "nth"], check => Assert.Contains($"ReadAsync(page, \"{check}\"", rules, StringComparison.Ordinal));
    }

    [Fact]
    public void SecretNames_DependOnTheValueAndTheKeyOnly()
    {
        byte[] key = [1, 2, 3], other = [3, 2, 1];

        Assert.Equal(SecretNames.NameOf(key, "secret123"), SecretNames.NameOf([1, 2, 3], "secret123"));
        Assert.NotEqual(SecretNames.NameOf(key, "secret123"), SecretNames.NameOf(key, "hunter2"));
        Assert.NotEqual(SecretNames.NameOf(key, "secret123"), SecretNames.NameOf(other, "secret123"));
    }

    private static string Write(bool passed, bool namedByRequest = true, byte[]? key = null)
    {
        PlanStep[] Steps(string user) =>
        [
            new(1, StepAction.Fill, "Username", user, null, null, "field", null, 5, 4, "Enter {{user}} in the Username field", false),
            new(2, StepAction.Fill, "Password", Password, null, null, "field", null, 6, 4, "Enter {{password}} in the Password field", false),
            new(3, StepAction.Click, "Log in", null, null, null, "button", null, 7, 4, "Click Log in", false),
            new(4, StepAction.AssertUrlContains, null, "account", null, null, null, null, 8, 3, "The URL contains \"account\"", true),
            new(5, StepAction.AssertTextVisible, null, "Welcome", null, null, null, null, 9, 3, "\"Welcome\" is visible", true),
        ];
        var plan = new Plan("login.txt",
        [
            new TestCasePlan("Sign in [row 1: user=jane]", "http://127.0.0.1:5180/shop/", null, Steps("jane"), 2) { Row = new DataRow(1, new Dictionary<string, string> { ["user"] = "jane" }, 12) },
            new TestCasePlan("Sign in [row 2: user=bob]", "http://127.0.0.1:5180/shop/", null, Steps("bob"), 2) { Row = new DataRow(2, new Dictionary<string, string> { ["user"] = "bob" }, 13) },
        ]) { Secrets = new SecretMask([Password]) };
        var bodies = new List<RunEventBody> { new RunStartedBody(plan) };
        var locators = new Dictionary<(int, int), LocatorSpec>();
        for (var c = 0; c < 2; c++)
        {
            (locators[(c, 1)], locators[(c, 2)], locators[(c, 3)]) = (User, Pass, Login);
            var ok = passed || c == 0;
            bodies.Add(new StepFinishedBody(c, 5, ok ? StepState.Passed : StepState.Failed, 10, ElementOrigin.None, ok ? null : "no Welcome"));
            bodies.Add(new TestCaseFinishedBody(c, ok ? StepState.Passed : StepState.Failed, 100));
        }

        var events = bodies.Select((b, i) => new RunEvent("r", i + 1, DateTimeOffset.UnixEpoch, b)).ToList();
        var finished = new RunFinishedBody(passed ? RunState.Passed : RunState.Failed, RunCounts.Zero, 0, 0, [], "");
        var requestSecrets = namedByRequest ? new Dictionary<string, string> { ["password"] = Password } : [];
        var text = CSharpText.For(plan.Secrets, requestSecrets, value => SecretNames.NameOf(key ?? [0], value));
        return new TestCodeWriter(RunReport.From("r", events, finished), locators, text).Write();
    }
}
