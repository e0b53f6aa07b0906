using Pacts.Agents.Planning;
using Pacts.Agents.Planning.Specs;

namespace Pacts.Agents.UnitTests.Planning;

/// <summary>Every mistake in a spec is an error at the node at fault, with the closest known name where there is one.</summary>
public sealed class SpecReaderErrorTests
{
    [Fact]
    public void Read_ActionUnderAssertions_IsAnError()
    {
        var error = Assert.Single(Errors("url: http://x/\nassertions:\n  - action: click\n    target: Login\n"));

        Assert.Equal((3, 13), (error.Line, error.Column));
        Assert.Contains("not an assertion", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DataRowsWithDifferentNames_IsAnErrorAtTheRow()
    {
        var error = Assert.Single(Errors("url: http://x/\nsteps: [Click Login]\ndata:\n  - { a: 1, b: 2 }\n  - { a: 1, c: 2 }\n"));

        Assert.Equal((5, 5), (error.Line, error.Column));
        Assert.Contains("row 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "url: http://x/\nsteps:\n  - action: click\n    targte: Login\n", 4, 5)]
    [InlineData(true, "{\"url\": \"http://x/\",\n \"steps\": [{\"action\": \"click\", \"targte\": \"Login\"}]}", 2, 32)]
    public void Read_UnknownField_IsAnErrorAtTheFieldWithTheClosestName(bool json, string spec, int line, int column)
    {
        var error = Assert.Single(Errors(spec, json));

        Assert.Equal(new PlanError(line, column, "unknown field 'targte'", "target"), error);
    }

    [Fact]
    public void Read_ListWhereATextBelongs_IsTheStepsOnlyError()
    {
        var error = Assert.Single(Errors("url: http://x/\nsteps:\n  - action: click\n    target: [Login]\n"));

        Assert.Equal(new PlanError(4, 13, "target must be a text, not a list", null), error);
    }

    [Fact]
    public void Read_EmptyTestcases_IsAnError()
    {
        Assert.Equal("testcases is empty", Assert.Single(Errors("url: http://x/\ntestcases: []\n")).Message);
    }

    [Fact]
    public void Read_StepsBesideTestcases_IsAnError()
    {
        var error = Assert.Single(Errors("url: http://x/\nsteps: [Click Login]\ntestcases:\n  - steps: [Click Login]\n"));

        Assert.Equal((2, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Read_UnknownTopLevelField_SuggestsTheClosest()
    {
        var error = Assert.Single(Errors("url: http://x/\ntestcase:\n  - steps: [Click Login]\nsteps: [Click Login]\n"));

        Assert.Equal(new PlanError(2, 1, "unknown field 'testcase'", "testcases"), error);
    }

    [Fact]
    public void Read_UnknownAction_IsAnErrorAtTheActionWithTheClosestName()
    {
        var error = Assert.Single(Errors("url: http://x/\nsteps:\n  - action: clik\n    target: Login\n"));

        Assert.Equal(new PlanError(3, 13, "unknown action 'clik'", "click"), error);
    }

    [Fact]
    public void Read_ClickWithoutTarget_IsAnError()
    {
        var error = Assert.Single(Errors("url: http://x/\nsteps:\n  - action: click\n    kind: button\n"));

        Assert.Equal((3, 5), (error.Line, error.Column));
        Assert.StartsWith("click needs a target", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ValueOnClick_IsAnErrorAtTheValue()
    {
        var error = Assert.Single(Errors("url: http://x/\nsteps:\n  - {action: click, target: Login, value: x}\n"));

        Assert.Equal(new PlanError(3, 43, "click does not take a value", null), error);
    }

    [Theory]
    [InlineData("url: http://x/\nsteps: Click Login\n", 2, 8, "steps must be a list")]
    [InlineData("url: http://x/\nsteps:\n  - [Click Login]\n", 3, 5, "a step is a text or a map with an action")]
    [InlineData("url: [a]\nsteps: [Click Login]\n", 1, 6, "url must be a text, not a list")]
    [InlineData("- a\n", 1, 1, "a spec must be a map of fields")]
    [InlineData("req_id: x\n", 1, 1, "the spec has no testcases")]
    [InlineData("steps: [Click Login]\n", 1, 1, "test case 'spec.yaml' has no url; give it a url or put one at the top of the spec")]
    public void Read_WrongShape_IsAnErrorWithItsPosition(string spec, int line, int column, string message)
    {
        var error = Errors(spec).First();

        Assert.Equal((line, column, message), (error.Line, error.Column, error.Message));
    }

    [Theory]
    [InlineData(false, "url: http://x/\nsteps: [Click Login\n", 3, 1)]
    [InlineData(true, "{\n  \"url\": \"http://x/\",,\n}", 2, 22)]
    [InlineData(true, "{\"title\": \"Caf\u00e9\" \"url\": 1}", 1, 18)]
    public void Read_SyntaxError_IsAnErrorWithItsPosition(bool json, string spec, int line, int column)
    {
        var error = Assert.Single(Errors(spec, json));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith(json ? "JSON syntax error: " : "YAML syntax error: ", error.Message, StringComparison.Ordinal);
    }

    private static List<PlanError> Errors(string spec, bool json = false)
    {
        var errors = new List<PlanError>();
        SpecReader.Read("spec.yaml", spec, json, errors, out _);
        return errors;
    }
}
