using System.Text.Json;
using Microsoft.Extensions.Options;
using Pacts.Agents.Reporting;
using Pacts.Storage;

namespace Pacts.Agents.UnitTests.Reporting;

public sealed class ReportingTests
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3];

    private static string Html(Func<string, byte[]?>? read = null)
    {
        var (events, finished) = ReportFixture.Run();
        return HtmlReport.Render(RunReport.From(ReportFixture.RunId, events, finished), read ?? (_ => Jpeg));
    }

    [Fact]
    public void HtmlReport_ShowsVerdictCasesStepsOriginsHealsAndChecks()
    {
        var html = Html();

        Assert.Contains("id=\"verdict\">FAILED</span> 1 of 3 test case(s) failed", html, StringComparison.Ordinal);
        Assert.Contains("Sign in [row 2: user=bob]", html, StringComparison.Ordinal);
        Assert.Contains("data row 2: user=bob", html, StringComparison.Ordinal);
        Assert.Contains("discovery<br><code>label=&quot;Password&quot;</code>", html, StringComparison.Ordinal);
        Assert.Contains("cache<br><code>label=&quot;Password&quot;</code>", html, StringComparison.Ordinal);
        Assert.Contains("heal (rediscovery, round 1): healed, similarity 0.91", html, StringComparison.Ordinal);
        Assert.Contains("expected <code>Welcome</code> found <code>Account locked for •••</code>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"status notrun\">not run</td>", html, StringComparison.Ordinal);
        Assert.Contains("55 ms", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlReport_EmbedsScreenshots_AndNeedsNoNetwork()
    {
        var html = Html(name => name == "case-1/step-01.jpg" ? Jpeg : null);

        Assert.Contains("src=\"data:image/jpeg;base64," + Convert.ToBase64String(Jpeg) + "\"", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<img "));
        Assert.DoesNotContain("http-equiv", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlReport_MasksSecretsAndEncodesMarkup()
    {
        var html = Html();

        Assert.DoesNotContain(ReportFixture.Secret, html, StringComparison.Ordinal);
        Assert.Contains("The page shows &quot;Welcome&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EventsJson_OneObjectPerEvent_EverySecretMasked()
    {
        var (events, _) = ReportFixture.Run();

        var lines = EventsJson.Render(events, ReportFixture.Plan().Secrets).TrimEnd('\n').Split('\n');

        Assert.Equal(events.Count, lines.Length);
        Assert.All(lines, l => Assert.DoesNotContain(ReportFixture.Secret, l, StringComparison.Ordinal));
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("run_started", first.RootElement.GetProperty("type").GetString());
        Assert.Equal(1, first.RootElement.GetProperty("sequence").GetInt64());
        var step = first.RootElement.GetProperty("body").GetProperty("plan").GetProperty("test_cases")[0].GetProperty("steps")[0];
        Assert.Equal("•••", step.GetProperty("value").GetString());
        Assert.Equal("fill", step.GetProperty("action").GetString());
        using var healed = JsonDocument.Parse(lines.First(l => l.Contains("\"step_healed\"", StringComparison.Ordinal)));
        Assert.Equal("#old-login", healed.RootElement.GetProperty("body").GetProperty("old_locator").GetString());
    }

    [Theory]
    [InlineData("../other-run/report.html")]
    [InlineData("..")]
    [InlineData("case-1/../../x")]
    [InlineData("/etc/passwd")]
    [InlineData("case-1\\..\\..\\x")]
    [InlineData("")]
    [InlineData("a//b")]
    public void ArtifactFiles_NameOutsideTheRunFolder_ResolvesToNothing(string name)
    {
        var files = Files();

        Assert.Null(files.Resolve("run-1", name));
    }

    [Fact]
    public void ArtifactFiles_NamesInsideTheRunFolder_Resolve_AndRunIdsCannotClimb()
    {
        var files = Files();

        Assert.Equal(Path.Combine(files.Root, "run-1", "case-1", "step-01.jpg"), files.Resolve("run-1", "case-1/step-01.jpg"));
        Assert.Equal(Path.Combine(files.Root, "run-1", "report.html"), files.Resolve("run-1", "report.html"));
        Assert.Null(files.Resolve("..", "report.html"));
        Assert.Null(files.Resolve("a/b", "report.html"));
        Assert.EndsWith(Path.Combine("data", "artifacts"), files.Root, StringComparison.Ordinal);
    }

    private static ArtifactFiles Files() =>
        new(Options.Create(new ArtifactOptions()), Options.Create(new StorageOptions { DataDirectory = Path.Combine(Path.GetTempPath(), "pacts-unit", "data") }));
}
