using System.IO.Compression;
using System.Text;
using Grpc.Core;
using Microsoft.Playwright;
using Pacts.Tests;
using Pacts.V1;

namespace Pacts.Service.FunctionalTests;

/// <summary>
/// One run with a secret and every artifact on: what it leaves, how it is fetched, that nothing leaks, and the HTML
/// report opened in Chromium (its screenshot is saved as <c>.pacts/test-results/report.png</c>).
/// </summary>
public sealed class ArtifactTests : IDisposable
{
    private const string Secret = "Zed-secret-42";

    private readonly PactsServiceFactory _factory = new(PactsServiceFactory.NewDataDirectory(), new Dictionary<string, string?>
    {
        ["Artifacts:Screenshots"] = "EveryStep",
        ["Artifacts:Trace"] = "true",
    });

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartRun_WithArtifacts_AnnouncesRecordsServesAndMasksThem_AndTheReportOpensAlone()
    {
        await using var site = await Fixtures.ServeAsync();
        var client = _factory.CreateRunClient();
        var request = new StartRunRequest { Requirement = new Requirement { Name = "save.txt", Content = Fixtures.SaveName(site.BaseUrl, "{{name}}") } };
        request.Secrets["name"] = Secret;

        var events = await RunCalls.RunAsync(client, request, Token);

        Assert.Equal(RunStatus.Passed, events.Finished().Status);
        Assert.Equal(RunEvent.KindOneofCase.RunFinished, events[^1].KindCase);
        string[] generated = ["generated/Pacts.Generated.csproj", "generated/Directory.Build.props", "generated/Directory.Packages.props", "generated/global.json", "generated/PactsTest.cs", "generated/PageRules.cs", "generated/SaveTests.cs"];
        string[] expected = ["case-1/step-01.jpg", "case-1/step-02.jpg", "case-1/step-03.jpg", "case-1/step-04.jpg", "case-1/trace.zip", "report.html", "junit.xml", .. generated, "events.jsonl"];
        Assert.Equal(expected, events.Where(e => e.ArtifactRecorded is not null).Select(e => e.ArtifactRecorded.Name));
        var runId = events[0].RunId;
        var listed = (await client.ListArtifactsAsync(new ListArtifactsRequest { RunId = runId }, cancellationToken: Token)).Artifacts;
        Assert.Equal(expected.Order(StringComparer.Ordinal), listed.Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.All(listed, a => Assert.True(a.SizeBytes > 0, a.Name));

        foreach (var artifact in listed)
        {
            var bytes = await DownloadAsync(client, runId, artifact.Name);
            Assert.Equal(artifact.SizeBytes, bytes.Length);
            Assert.All(Texts(artifact.Name, bytes), text => Assert.DoesNotContain(Secret, text, StringComparison.Ordinal));
        }

        var junit = Encoding.UTF8.GetString(await DownloadAsync(client, runId, "junit.xml"));
        Assert.Contains("tests=\"1\" failures=\"0\"", junit, StringComparison.Ordinal);
        await OpenReportAsync(await DownloadAsync(client, runId, "report.html"));
    }

    [Theory]
    [InlineData("../other/report.html")]
    [InlineData("case-1/../../x")]
    [InlineData("/etc/passwd")]
    public async Task GetArtifact_NameOutsideTheRunFolder_IsInvalidArgument(string name)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => DownloadAsync(_factory.CreateRunClient(), "some-run", name));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task GetArtifact_UnknownName_IsNotFound()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => DownloadAsync(_factory.CreateRunClient(), "some-run", "report.html"));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    private static async Task<byte[]> DownloadAsync(RunService.RunServiceClient client, string runId, string name)
    {
        using var call = client.GetArtifact(new GetArtifactRequest { RunId = runId, Name = name }, cancellationToken: Token);
        using var buffer = new MemoryStream();
        await foreach (var chunk in call.ResponseStream.ReadAllAsync(Token))
        {
            chunk.Chunk.WriteTo(buffer);
        }

        return buffer.ToArray();
    }

    // The readable text of an artifact: the file itself, and for a trace every entry of the zip.
    private static IEnumerable<string> Texts(string name, byte[] bytes)
    {
        if (!name.EndsWith(".zip", StringComparison.Ordinal))
        {
            yield return Encoding.UTF8.GetString(bytes);
            yield break;
        }

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            yield return reader.ReadToEnd();
        }
    }

    private static async Task OpenReportAsync(byte[] html)
    {
        var results = Path.Combine(RepoPaths.Root, ".pacts", "test-results");
        Directory.CreateDirectory(results);
        var file = Path.Combine(results, "report.html");
        await File.WriteAllBytesAsync(file, html, Token);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Infrastructure.ChromiumPath, Args = ["--no-sandbox", "--disable-gpu"] });
        var page = await browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);

        await page.GotoAsync(new Uri(file).AbsoluteUri);
        foreach (var summary in await page.Locator("details summary").AllAsync())
        {
            await summary.ClickAsync();
        }

        await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync("PASSED");
        await Assertions.Expect(page.Locator("tr.step-passed")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#case-1")).ToContainTextAsync("Saved •••");
        await Assertions.Expect(page.Locator("img.shot")).ToHaveCountAsync(4);
        Assert.True(await page.Locator("img.shot").First.EvaluateAsync<bool>("i => i.complete && i.naturalWidth === 1280"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(results, "report.png"), FullPage = true });
        Assert.DoesNotContain(requests, r => r.StartsWith("http", StringComparison.Ordinal));
    }

    public void Dispose() => _factory.Dispose();
}
