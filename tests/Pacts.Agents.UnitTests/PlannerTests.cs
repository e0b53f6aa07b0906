using Pacts.Agents.Planning;

namespace Pacts.Agents.UnitTests;

public sealed class PlannerTests
{
    private const string Login = """
        Test: Standard user signs in
        URL: http://127.0.0.1:5180/shop/
        Description: the happy path
        Test Steps:
        1. Enter "jane" in the Username field
        2. Enter secret123 in the Password field
        3. Click the Login button
        4. Verify "Welcome, Jane" is visible
        Expected:
        - URL contains "catalog.html"
        - The Username field has value "jane"

        Test: Second case
        URL: http://127.0.0.1:5180/shop/
        Steps:
        1. Press Enter
        """;

    [Fact]
    public void Plan_TwoTestBlocks_GivesTwoCasesWithStepsNumberedThroughExpectations()
    {
        var result = PlainTextParser.Parse("login.txt", Login);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var plan = result.Plan!;
        Assert.Equal(2, plan.TestCases.Count);
        var first = plan.TestCases[0];
        Assert.Equal("Standard user signs in", first.Title);
        Assert.Equal("the happy path", first.Description);
        Assert.Equal([1, 2, 3, 4, 5, 6], first.Steps.Select(s => s.Index));
        Assert.Equal([5, 6, 7, 8, 10, 11], first.Steps.Select(s => s.Line));
        Assert.Equal([false, false, false, false, true, true], first.Steps.Select(s => s.IsExpectation));
        Assert.Equal(StepAction.AssertValue, first.Steps[5].Action);
        Assert.Equal("Username", first.Steps[5].Target);
    }

    [Fact]
    public void Plan_UnquotedValue_IsReadUpToTheTarget()
    {
        var step = PlainTextParser.Parse("x", Login).Plan!.TestCases[0].Steps[1];

        Assert.Equal((StepAction.Fill, "Password", "secret123", "field"), (step.Action, step.Target, step.Value, step.ElementKind));
    }

    [Fact]
    public void Plan_SameText_GivesEqualPlans()
    {
        var first = PlainTextParser.Parse("a", Login).Plan!;
        var second = PlainTextParser.Parse("a", Login).Plan!;

        Assert.Equal(first.TestCases.SelectMany(t => t.Steps), second.TestCases.SelectMany(t => t.Steps));
    }

    [Fact]
    public void Plan_UnreadableStep_ReportsLineColumnAndSuggestion()
    {
        const string text = "Test: t\nURL: http://x.test/\nTest Steps:\n1. Clik the Login button\n2. Click the Login button\n";

        var result = PlainTextParser.Parse("bad.txt", text);

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal((4, 4), (error.Line, error.Column));
        Assert.Contains("Clik the Login button", error.Message, StringComparison.Ordinal);
        Assert.Equal("Click the <name> button", error.Suggestion);
        Assert.StartsWith("4:4: error: cannot read the step", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_MissingUrl_IsAnErrorAtTheTestLine()
    {
        var result = PlainTextParser.Parse("x", "\nTest: no address\nTest Steps:\n1. Click the Go button\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("no URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_TextOutsideSections_IsAnError()
    {
        var result = PlainTextParser.Parse("x", "Click the Login button\n");

        Assert.Contains(result.Errors, e => e.Line == 1 && e.Message.Contains("outside any section", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_EmptyText_SaysThereIsNoTestCase()
    {
        var result = PlainTextParser.Parse("x", "# only a comment\n");

        Assert.Contains("no test case", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ExpectedTextOnHeaderLine_IsAnAssertion()
    {
        var plan = PlainTextParser.Parse("x", "Test: t\nURL: http://x.test/\nTest Steps:\n1. Go to /a\nExpected: \"Done\" is visible\n").Plan!;

        var expectation = plan.TestCases[0].Steps[1];
        Assert.Equal((StepAction.AssertTextVisible, "Done", 5), (expectation.Action, expectation.Value, expectation.Line));
    }
}
