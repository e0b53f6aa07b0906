using System.Xml.Linq;
using Pacts.Tests;

namespace Pacts.EndToEndTests;

/// <summary>
/// <c>pacts run</c> as a CI pipeline calls it: a glob and a file, <c>--out</c> and <c>--junit</c>; the JUnit counts,
/// the report with its screenshots and the generated project land where they were asked to.
/// </summary>
// Both start a local service that serves the example sites on their fixed port (5180): one at a time.
[Collection("example sites port")]
public sealed class CliPipelineTests
{
    [Fact]
    public async Task Run_GlobAndFile_WritesJUnitReportsAndGeneratedTests()
    {
        Infrastructure.RequireChromium();
        var outDirectory = Directory.CreateTempSubdirectory("pacts-out-").FullName;
        var junit = Path.Combine(outDirectory, "ci", "junit.xml");
        var passing = Directory.GetFiles(RepoPaths.Requirements, "log*.txt").Order(StringComparer.Ordinal).ToList();
        var expectedTests = passing.Append(Path.Combine(RepoPaths.Requirements, "failing", "wrong-total.txt"))
            .Sum(f => File.ReadLines(f).Count(l => l.StartsWith("Test:", StringComparison.Ordinal)));

        var result = await CliProcess.RunAsync(
            RepoPaths.Root,
            ["run", "examples/requirements/log*.txt", "examples/requirements/failing/wrong-total.txt", "--out", outDirectory, "--junit", junit, "--parallel", "2"],
            new Dictionary<string, string> { ["Artifacts__Screenshots"] = "EveryStep" },
            timeout: TimeSpan.FromMinutes(4),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 1, result.ToString());
        var suites = XDocument.Load(junit).Root!;
        Assert.Equal(passing.Count + 1, suites.Elements("testsuite").Count());
        Assert.Equal((expectedTests, 1), (int.Parse(suites.Attribute("tests")!.Value), int.Parse(suites.Attribute("failures")!.Value)));
        Assert.Equal(File.ReadAllText(junit), File.ReadAllText(Path.Combine(outDirectory, "junit.xml")));
        var report = Path.Combine(outDirectory, "login.txt", "report.html");
        Assert.Contains($"report: {report}", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("data:image/jpeg;base64,", File.ReadAllText(report), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDirectory, "wrong-total.txt", "case-1", "step-08.jpg")));
        Assert.True(File.Exists(Path.Combine(outDirectory, "generated", "LoginTests.cs")));
        Assert.True(File.Exists(Path.Combine(outDirectory, "generated", "Pacts.Generated.csproj")));

        var failedRun = suites.Elements("testsuite").Single(s => s.Attribute("name")!.Value == "wrong-total.txt")
            .Descendants("property").Single(p => p.Attribute("name")!.Value == "pacts.run_id").Attribute("value")!.Value;
        var shown = await CliProcess.RunAsync(RepoPaths.Root, ["show", failedRun], cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(shown.ExitCode == 0, shown.ToString());
        Assert.StartsWith("wrong-total.txt  FAILED", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains("report: report.html", shown.Stdout, StringComparison.Ordinal);
        Assert.Equal(8, shown.StdoutLines.Count(l => l.StartsWith("1 ", StringComparison.Ordinal)));
    }
}
