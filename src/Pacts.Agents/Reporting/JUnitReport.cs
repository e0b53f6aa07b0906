using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Pacts.Storage.Runs;

namespace Pacts.Agents.Reporting;

/// <summary>
/// The run in the JUnit XML shape CI systems read (Jenkins, GitLab, GitHub annotations, Azure DevOps): one
/// <c>testsuite</c> per requirement, one <c>testcase</c> per test case and data row, a <c>failure</c> naming the failing
/// step and its line, <c>skipped</c> for test cases the run never reached. Secrets are masked.
/// </summary>
internal static class JUnitReport
{
    public static XDocument Build(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var suite = Suite(report);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites",
            new XAttribute("name", "pacts"),
            new XAttribute("tests", suite.Attribute("tests")!.Value),
            new XAttribute("failures", suite.Attribute("failures")!.Value),
            new XAttribute("skipped", suite.Attribute("skipped")!.Value),
            new XAttribute("time", suite.Attribute("time")!.Value),
            suite));
    }

    public static string Render(RunReport report)
    {
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            Build(report).Save(writer);
        }

        // StringBuilder output is UTF-16; the file is written as UTF-8 and says so.
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    public static XElement Suite(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        string T(string? text) => Clean(report.Mask.Mask(text) ?? "");
        var name = T(report.Plan.RequirementName);
        var cases = report.Cases.Select(c => Case(report, c, name, T)).ToList();
        return new XElement("testsuite",
            new XAttribute("name", name),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", report.Cases.Count(c => c.State == StepState.Failed)),
            new XAttribute("errors", 0),
            new XAttribute("skipped", report.Cases.Count(c => c.State is null)),
            new XAttribute("timestamp", report.StartedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)),
            new XAttribute("time", Seconds(report.Finished.DurationMs)),
            new XElement("properties",
                new XElement("property", new XAttribute("name", "pacts.run_id"), new XAttribute("value", report.RunId)),
                new XElement("property", new XAttribute("name", "pacts.verdict"), new XAttribute("value", report.Finished.State.ToString()))),
            cases);
    }

    private static XElement Case(RunReport report, ReportCase testCase, string suite, Func<string?, string> t)
    {
        var element = new XElement("testcase",
            new XAttribute("name", t(testCase.Plan.Title)),
            new XAttribute("classname", suite),
            new XAttribute("time", Seconds(testCase.DurationMs)));
        if (testCase.State is null)
        {
            element.Add(new XElement("skipped", new XAttribute("message", "the run ended before this test case")));
        }
        else if (testCase.State == StepState.Failed)
        {
            element.Add(Failure(report, testCase, t));
        }

        var lines = testCase.Steps.Where(s => s.State is not null)
            .Select(s => $"{s.Plan.Index}. [{s.State.ToString()!.ToLowerInvariant()}] line {s.Plan.Line}: {s.Plan.Text} ({s.DurationMs} ms{(s.Locator is null ? "" : ", " + HtmlReport.Source(s.Origin))})");
        element.Add(new XElement("system-out", t(string.Join('\n', lines))));
        return element;
    }

    private static XElement Failure(RunReport report, ReportCase testCase, Func<string?, string> t)
    {
        var recorded = report.Finished.Failures.FirstOrDefault(f => f.TestCaseIndex == testCase.Index);
        var step = testCase.FailedStep;
        var message = step?.Message ?? recorded?.Message ?? "the test case failed";
        var (line, text) = step is not null ? (step.Plan.Line, step.Plan.Text) : (recorded?.Line ?? testCase.Plan.Line, recorded?.Text ?? "");
        var detail = new StringBuilder().Append(CultureInfo.InvariantCulture, $"step {step?.Plan.Index ?? recorded?.StepIndex ?? 0} (line {line}): {text}\n{message}");
        var (expected, actual) = (step?.Expected ?? recorded?.Expected, step?.Actual ?? recorded?.Actual);
        if (expected is not null || actual is not null)
        {
            detail.Append(CultureInfo.InvariantCulture, $"\nexpected: {expected}\nfound: {actual}");
        }

        return new XElement("failure",
            new XAttribute("message", t($"line {line}: {message}")),
            new XAttribute("type", step?.Plan.IsAssertion == true ? "AssertionFailed" : "StepFailed"),
            t(detail.ToString()));
    }

    private static string Seconds(long ms) => (ms / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);

    // XML 1.0 cannot hold most control characters; a page's text can.
    private static string Clean(string text) =>
        text.Any(c => !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c)) ? new string([.. text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))]) : text;
}
