using System.Diagnostics;
using Grpc.Core;
using Pacts.Tests;
using Pacts.V1;

namespace Pacts.EndToEndTests;

/// <summary>
/// The generated xUnit project of one example requirement, fetched over the API, built and run with <c>dotnet test</c>
/// against the same site: the only test here that builds code, so it is the one example (checkout, the longest flow).
/// </summary>
public sealed class GeneratedTestsTests : IAsyncLifetime
{
    private readonly PactsServiceFactory _factory = new(PactsServiceFactory.NewDataDirectory());
    private SiteServer? _site;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Infrastructure.RequireChromium();
        _site = await SiteServer.StartAsync(RepoPaths.Sites);
    }

    [Fact]
    public async Task GeneratedProject_OfCheckout_BuildsAndPassesAgainstTheSite()
    {
        var client = _factory.CreateRunClient();
        var content = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Requirements, "checkout.txt"), Token);
        var events = await RunCalls.RunAsync(client, "checkout.txt", content, _site!.BaseUrl, Token);
        Assert.Equal(RunStatus.Passed, events.Finished().Status);
        var folder = Directory.CreateTempSubdirectory("pacts-generated-").FullName;
        var listed = await client.ListArtifactsAsync(new ListArtifactsRequest { RunId = events[0].RunId }, cancellationToken: Token);
        foreach (var artifact in listed.Artifacts.Where(a => a.Kind == "generated_test"))
        {
            var path = Path.Combine(folder, Path.GetFileName(artifact.Name));
            await File.WriteAllBytesAsync(path, await DownloadAsync(client, events[0].RunId, artifact.Name), Token);
        }

        var code = await File.ReadAllTextAsync(Path.Combine(folder, "CheckoutTests.cs"), Token);
        Assert.DoesNotContain("secret123", code, StringComparison.Ordinal);
        Assert.Contains("// line 21: Check the This is a gift checkbox", code, StringComparison.Ordinal);

        var (exitCode, output) = await DotnetTestAsync(folder);

        Assert.True(exitCode == 0, output);
        Assert.Contains("succeeded: 1", output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> DotnetTestAsync(string folder)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "test", "--project", "Pacts.Generated.csproj" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["PACTS_BASE_URL"] = _site!.BaseUrl;
        info.Environment["PACTS_SECRET_1"] = "secret123";
        info.Environment["PACTS_CHROMIUM"] = Infrastructure.ChromiumPath;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(Token);
        var stderr = process.StandardError.ReadToEndAsync(Token);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Token);
        limit.CancelAfter(TimeSpan.FromMinutes(8));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
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

    public async ValueTask DisposeAsync()
    {
        _factory.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}
