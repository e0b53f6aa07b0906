using System.Xml.Linq;
using Pacts.Agents.Orchestration;
using Pacts.Agents.Reporting;

namespace Pacts.Agents.UnitTests.Reporting;

public sealed class JUnitReportTests
{
    private static XDocument Render()
    {
        var (events, finished) = ReportFixture.Run();
        return XDocument.Parse(JUnitReport.Render(RunReport.From(ReportFixture.RunId, events, finished)));
    }

    [Fact]
    public void Render_OneTestcasePerTestCaseAndRow_WithCounts()
    {
        var suites = Render().Root!;
        var suite = Assert.Single(suites.Elements("testsuite"));

        Assert.Equal("testsuites", suites.Name.LocalName);
        Assert.Equal("login.txt", suite.Attribute("name")!.Value);
        Assert.Equal(("3", "1", "1"), (suite.Attribute("tests")!.Value, suite.Attribute("failures")!.Value, suite.Attribute("skipped")!.Value));
        Assert.Equal("3", suites.Attribute("tests")!.Value);
        Assert.Equal(
            ["Sign in [row 1: user=jane]", "Sign in [row 2: user=bob]", "Never reached"],
            suite.Elements("testcase").Select(t => t.Attribute("name")!.Value));
        Assert.All(suite.Elements("testcase"), t => Assert.Equal("login.txt", t.Attribute("classname")!.Value));
        Assert.Equal("0.400", suite.Elements("testcase").First().Attribute("time")!.Value);
    }

    [Fact]
    public void Render_FailedCase_NamesTheStepLineExpectedAndFound()
    {
        var cases = Render().Root!.Element("testsuite")!.Elements("testcase").ToList();

        Assert.Null(cases[0].Element("failure"));
        var failure = cases[1].Element("failure")!;
        Assert.Equal("line 8: the text \"Welcome\" is not visible", failure.Attribute("message")!.Value);
        Assert.Equal("AssertionFailed", failure.Attribute("type")!.Value);
        Assert.Contains("step 3 (line 8): The page shows \"Welcome\"", failure.Value, StringComparison.Ordinal);
        Assert.Contains("expected: Welcome", failure.Value, StringComparison.Ordinal);
        Assert.NotNull(cases[2].Element("skipped"));
        Assert.Contains("2. [passed] line 6: Click the Login button (55 ms, heal)", cases[0].Element("system-out")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SecretInAPageText_IsMasked()
    {
        var xml = Render().ToString();

        Assert.DoesNotContain(ReportFixture.Secret, xml, StringComparison.Ordinal);
        Assert.Contains("Account locked for •••", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CaseFailedBeforeAnyStep_UsesTheRecordedFailure()
    {
        var (events, finished) = ReportFixture.Run();
        var opened = events.Where(e => e.Body is not (StepFinishedBody { TestCaseIndex: 1 } or AssertionCheckedBody { TestCaseIndex: 1 })).ToList();
        var failure = new StepFailure(1, "x", 0, 2, "open http://127.0.0.1:5180/shop/", "opening it answered HTTP 500", "a page", "HTTP 500");
        var report = RunReport.From(ReportFixture.RunId, opened, finished with { Failures = [failure] });

        var element = XDocument.Parse(JUnitReport.Render(report)).Root!.Element("testsuite")!.Elements("testcase").ElementAt(1).Element("failure")!;

        Assert.Equal("line 2: opening it answered HTTP 500", element.Attribute("message")!.Value);
        Assert.Equal("StepFailed", element.Attribute("type")!.Value);
    }
}
