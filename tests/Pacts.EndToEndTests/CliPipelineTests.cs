using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Pacts.Tests;

namespace Pacts.EndToEndTests;

/// <summary>
/// <c>pacts run</c> as a CI pipeline calls it, on every example requirement and one that must fail: <c>--out</c> and
/// <c>--junit</c>, the JUnit counts, a report per requirement with a screenshot for every step, and the generated test
/// project of all of them, built and run with <c>dotnet test</c> against the same site with one set of environment
/// variables (the only test here that builds code).
/// </summary>
// Both start a local service that serves the example sites on their fixed port (5180): one at a time.
[Collection("example sites port")]
public sealed class CliPipelineTests
{
    private const string SecretNamesKey = "pacts-end-to-end";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_ExamplesAndAFailingFile_WritesJUnitReportsAndGeneratedTestsThatPass()
    {
        Infrastructure.RequireChromium();
        var outDirectory = Directory.CreateTempSubdirectory("pacts-out-").FullName;
        var junit = Path.Combine(outDirectory, "ci", "junit.xml");
        var passing = RepoPaths.PassingRequirements();
        var passingTests = passing.Sum(TestCasesIn);

        var result = await CliProcess.RunAsync(
            RepoPaths.Root,
            ["run", "examples/requirements", "examples/requirements/failing/wrong-*.txt", "--out", outDirectory, "--junit", junit, "--parallel", "2"],
            new Dictionary<string, string> { ["Artifacts__Screenshots"] = "EveryStep", ["Artifacts__SecretNamesKey"] = SecretNamesKey },
            timeout: TimeSpan.FromMinutes(8),
            cancellationToken: Token);

        Assert.True(result.ExitCode == 1, result.ToString());
        var suites = XDocument.Load(junit).Root!;
        Assert.Equal(passing.Count + 1, suites.Elements("testsuite").Count());
        Assert.Equal((passingTests + 1, 1), (int.Parse(suites.Attribute("tests")!.Value), int.Parse(suites.Attribute("failures")!.Value)));
        Assert.Equal(File.ReadAllText(junit), File.ReadAllText(Path.Combine(outDirectory, "junit.xml")));
        Assert.Contains($"report: {Path.Combine(outDirectory, "login.txt", "report.html")}", result.Stderr, StringComparison.Ordinal);
        foreach (var file in passing.Select(Path.GetFileName).Append("wrong-total.txt"))
        {
            // Every step finished is in the report with its screenshot.
            var steps = File.ReadLines(Path.Combine(outDirectory, file!, "events.jsonl")).Count(l => l.Contains("\"type\":\"step_finished\"", StringComparison.Ordinal));
            var pictures = Regex.Count(File.ReadAllText(Path.Combine(outDirectory, file!, "report.html")), "data:image/jpeg;base64,");
            Assert.True(steps > 0 && pictures == steps, $"{file}: {steps} steps, {pictures} screenshots in its report");
        }

        Assert.True(File.Exists(Path.Combine(outDirectory, "wrong-total.txt", "case-1", "step-08.jpg")));
        var failedRun = suites.Elements("testsuite").Single(s => s.Attribute("name")!.Value == "wrong-total.txt")
            .Descendants("property").Single(p => p.Attribute("name")!.Value == "pacts.run_id").Attribute("value")!.Value;
        var shown = await CliProcess.RunAsync(RepoPaths.Root, ["show", failedRun], cancellationToken: Token);
        Assert.True(shown.ExitCode == 0, shown.ToString());
        Assert.StartsWith("wrong-total.txt  FAILED", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains("report: report.html", shown.Stdout, StringComparison.Ordinal);
        Assert.Equal(8, shown.StdoutLines.Count(l => l.StartsWith("1 ", StringComparison.Ordinal)));

        var generated = Path.Combine(outDirectory, "generated");
        var code = string.Join('\n', Directory.GetFiles(generated, "*Tests*.cs").Select(File.ReadAllText));
        Assert.DoesNotContain("secret123", code, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", code, StringComparison.Ordinal);
        Assert.Contains("// line 21: Check the This is a gift checkbox", code, StringComparison.Ordinal);

        await using var site = await SiteServer.StartAsync(RepoPaths.Sites);
        var tested = await DotnetTestAsync(generated, new Dictionary<string, string>
        {
            ["PACTS_BASE_URL"] = site.BaseUrl,
            ["PACTS_CHROMIUM"] = Infrastructure.ChromiumPath,
            [SecretName("secret123")] = "secret123",
            [SecretName("hunter2")] = "hunter2",
            [SecretName("not-the-password")] = "not-the-password",
        });

        Assert.True(tested.ExitCode == 0, tested.Output);
        Assert.Contains($"succeeded: {passingTests}", tested.Output, StringComparison.Ordinal);
        Assert.Contains("skipped: 1", tested.Output, StringComparison.Ordinal);
    }

    // Test cases a requirement holds: "Test:" lines, or the entries of a spec's testcases.
    private static int TestCasesIn(string file) => Path.GetExtension(file) switch
    {
        ".json" => JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("testcases").GetArrayLength(),
        ".yaml" => File.ReadLines(file).Count(l => l.StartsWith("  - title:", StringComparison.Ordinal)),
        _ => File.ReadLines(file).Count(l => l.StartsWith("Test:", StringComparison.Ordinal)),
    };

    // The name Pacts gives a secret in generated tests (Reporting/SecretNames): a keyed hash of the value alone.
    private static string SecretName(string value) =>
        "PACTS_SECRET_" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SecretNamesKey), Encoding.UTF8.GetBytes(value)), 0, 3);

    private static async Task<(int ExitCode, string Output)> DotnetTestAsync(string folder, Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = folder };
        foreach (var argument in new[] { "test", "--project", "Pacts.Generated.csproj" })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var result = await CliProcess.RunAsync(info, TimeSpan.FromMinutes(8), Token);
        return (result.ExitCode, result.Stdout + result.Stderr);
    }
}
