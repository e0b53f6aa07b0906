using Grpc.Net.Client;
using Pacts.Tests;
using Pacts.V1;

namespace Pacts.EndToEndTests;

/// <summary><c>pacts runs</c>, run as a process against a real service that has just recorded a run.</summary>
public sealed class CliRunsTests(KestrelServiceFixture service) : IClassFixture<KestrelServiceFixture>
{
    [Fact]
    public async Task Runs_ListsTheRunJustMade_AsATableAndAsJson()
    {
        Infrastructure.RequireChromium();
        await using var site = await SiteServer.StartAsync(RepoPaths.Sites);
        using var channel = GrpcChannel.ForAddress(service.Url);
        var login = Path.Combine(RepoPaths.Requirements, "login.txt");
        var events = await RunCalls.RunAsync(new RunService.RunServiceClient(channel), "login.txt", await File.ReadAllTextAsync(login, TestContext.Current.CancellationToken), site.BaseUrl, TestContext.Current.CancellationToken);
        var runId = events[0].RunId;

        var table = await CliProcess.RunAsync(RepoPaths.Root, ["runs", "--server", service.Url], cancellationToken: TestContext.Current.CancellationToken);
        var json = await CliProcess.RunAsync(RepoPaths.Root, ["runs", "--server", service.Url, "--limit", "1", "--output", "json"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.StartsWith("run ", table.StdoutLines[0], StringComparison.Ordinal);
        var row = Assert.Single(table.StdoutLines, l => l.StartsWith(runId, StringComparison.Ordinal));
        Assert.Contains("login.txt", row, StringComparison.Ordinal);
        Assert.Contains("PASSED", row, StringComparison.Ordinal);
        Assert.True(json.ExitCode == 0, json.ToString());
        var listed = RunSummary.Parser.WithDiscardUnknownFields(true).ParseJson(Assert.Single(json.StdoutLines));
        Assert.Equal(runId, listed.RunId);
        Assert.Equal(RunStatus.Passed, listed.Status);
    }

    [Fact]
    public async Task Runs_LimitOutOfRange_IsAUsageError()
    {
        var result = await CliProcess.RunAsync(RepoPaths.Root, ["runs", "--limit", "0", "--server", service.Url], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--limit must be between 1 and 500", result.Stderr, StringComparison.Ordinal);
    }
}
