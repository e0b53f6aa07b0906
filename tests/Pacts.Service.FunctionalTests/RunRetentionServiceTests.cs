using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pacts.Storage.Artifacts;
using Pacts.Storage.Runs;
using Pacts.Tests;
using Pacts.V1;

namespace Pacts.Service.FunctionalTests;

/// <summary>
/// The service runs the run retention job over its own artifacts directory (<c>Artifacts:Directory</c>) as it starts:
/// an old finished run left by an earlier process is gone, with its files, once the service is up; a recent one stays.
/// </summary>
public sealed class RunRetentionServiceTests : IDisposable
{
    private readonly string _dataDirectory = PactsServiceFactory.NewDataDirectory();
    private readonly string _artifacts = Directory.CreateTempSubdirectory("pacts-artifacts-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_OldFinishedRunInTheStore_RemovedWithItsFolderAndRecentRunStays()
    {
        var (old, recent) = (Guid.CreateVersion7().ToString(), Guid.CreateVersion7().ToString());
        await using (var store = new ServiceCollection()
            .AddPactsStorage(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = _dataDirectory }).Build())
            .BuildServiceProvider())
        {
            await WriteRunAsync(store, old, DateTimeOffset.UtcNow.AddDays(-8));
            await WriteRunAsync(store, recent, DateTimeOffset.UtcNow.AddDays(-6));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var factory = new PactsServiceFactory(_dataDirectory, new Dictionary<string, string?>
        {
            ["Artifacts:Directory"] = _artifacts,
            ["Storage:RunRetentionDays"] = "7",
        });
        var client = factory.CreateRunClient();

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Directory.Exists(Path.Combine(_artifacts, old)))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the service did not remove the old run's folder");
            await Task.Delay(20, Token);
        }

        var gone = await Assert.ThrowsAsync<RpcException>(async () => await client.GetRunAsync(new GetRunRequest { RunId = old }, cancellationToken: Token));
        Assert.Equal(StatusCode.NotFound, gone.StatusCode);
        Assert.Equal(recent, (await client.GetRunAsync(new GetRunRequest { RunId = recent }, cancellationToken: Token)).Run.RunId);
        Assert.True(File.Exists(Path.Combine(_artifacts, recent, "report.html")));
        Assert.Contains(factory.Logs.Lines, l => l.Contains("Run retention removed 1 run(s)", StringComparison.Ordinal) && l.Contains(" 64 bytes", StringComparison.Ordinal));
        Assert.Single(factory.Services.GetServices<IHostedService>(), s => s.GetType().Name == "RunRetention");
    }

    private async Task WriteRunAsync(ServiceProvider store, string runId, DateTimeOffset started)
    {
        var runs = store.GetRequiredService<IRunStore>();
        await runs.CreateRunAsync(new RunRecord(runId, "login.txt", RunState.Running, started, null, RunCounts.Zero, null, new Dictionary<string, string>()), Token);
        await runs.FinishRunAsync(runId, RunState.Passed, new RunCounts(1, 0, 1, 0), null, started.AddSeconds(3), Token);
        var path = Path.Combine(_artifacts, runId, "report.html");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, new byte[64], Token);
        await store.GetRequiredService<IArtifactStore>().AddAsync(new ArtifactRecord(runId, "report.html", "report", path, 64, started), Token);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
        Directory.Delete(_artifacts, recursive: true);
    }
}
