using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pacts.Storage.Artifacts;
using Pacts.Storage.Runs;
using Pacts.Tests;

namespace Pacts.Storage.IntegrationTests;

/// <summary>
/// The run retention job over real files and a real store (the embedded store and Postgres, the classes at the end of
/// this file): old finished runs go with their folders, everything else stays, and nothing outside the artifacts
/// directory is touched. Each test has a directory of its own: <c>data/</c>, <c>artifacts/</c> and <c>outside/</c>.
/// </summary>
public abstract class RunRetentionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-run-retention-").FullName;

    protected RunRetentionTests()
    {
        Directory.CreateDirectory(Artifacts);
        Directory.CreateDirectory(Outside);
    }

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected string DataDirectory => Path.Combine(_directory, "data");

    protected string Artifacts => Path.Combine(_directory, "artifacts");

    protected string Outside => Path.Combine(_directory, "outside");

    /// <summary>The connection string of the test's Postgres database, or null for the embedded store.</summary>
    protected abstract Task<string?> PostgresAsync();

    protected async Task<ServiceProvider> OpenAsync(IDictionary<string, string?>? settings = null, TimeProvider? time = null, ILoggerProvider? logs = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = await PostgresAsync(),
            ["Storage:DataDirectory"] = DataDirectory,
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            values[name] = value;
        }

        return SelectorCaches.Storage(values, time, logs)
            .AddPactsRunRetention(_ => Artifacts)
            .BuildServiceProvider();
    }

    protected static string NewRunId() => Guid.CreateVersion7().ToString();

    /// <summary>A run as the service leaves it: its row, a step, and each file in its folder recorded as an artifact.</summary>
    protected async Task WriteRunAsync(ServiceProvider services, string runId, DateTimeOffset started, RunState state, params (string Name, int Bytes)[] files)
    {
        await RunRetentionStoreContractTests.WriteRunAsync(services, runId, started, state);
        foreach (var (name, bytes) in files)
        {
            var path = WriteFile(Path.Combine(Artifacts, runId), name, bytes);
            await services.GetRequiredService<IArtifactStore>().AddAsync(new ArtifactRecord(runId, name, "report", path, bytes, started), Cancel);
        }
    }

    protected static string WriteFile(string folder, string name, int bytes)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, new byte[bytes]);
        return path;
    }

    /// <summary>Makes everything in <paramref name="folder"/> look last written at <paramref name="when"/>.</summary>
    protected static void Age(string folder, DateTimeOffset when)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            File.SetLastWriteTimeUtc(file, when.UtcDateTime);
        }

        // Deepest first: setting a folder's time does not change its parent's.
        foreach (var directory in Directory.EnumerateDirectories(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).OrderByDescending(d => d.Length).Append(folder))
        {
            Directory.SetLastWriteTimeUtc(directory, when.UtcDateTime);
        }
    }

    [Fact]
    public async Task RunOnce_OldFinishedRunsAmongOthers_RemovesTheirRowsAndFoldersOnlyAndNothingOutside()
    {
        var now = DateTimeOffset.UtcNow;
        var longAgo = now.AddDays(-40);
        await using var services = await OpenAsync();
        var (oldDone, oldLinked, oldRunning, recent, oldWithoutFiles) = (NewRunId(), NewRunId(), NewRunId(), NewRunId(), NewRunId());
        await WriteRunAsync(services, oldWithoutFiles, longAgo, RunState.Cancelled);
        await WriteRunAsync(services, oldDone, longAgo, RunState.Passed, ("report.html", 100), ("case-1/step-01.jpg", 250), ("generated/.editorconfig", 7));
        var kept = WriteFile(Path.Combine(Outside, "kept"), "keep.txt", 5);
        Directory.CreateSymbolicLink(Path.Combine(Artifacts, oldDone, "case-2"), Path.GetDirectoryName(kept)!);
        await WriteRunAsync(services, oldLinked, longAgo, RunState.Failed);
        var linkedTarget = WriteFile(Path.Combine(Outside, "linked"), "precious.txt", 9);
        Directory.CreateSymbolicLink(Path.Combine(Artifacts, oldLinked), Path.GetDirectoryName(linkedTarget)!);
        await WriteRunAsync(services, oldRunning, longAgo, RunState.Running, ("case-1/step-01.jpg", 40));
        await WriteRunAsync(services, recent, now.AddDays(-1), RunState.Passed, ("report.html", 60));
        var (orphanOld, orphanRecent, orphanLink, trash) = (NewRunId(), NewRunId(), NewRunId(), ".deleting-" + NewRunId());
        WriteFile(Path.Combine(Artifacts, orphanOld), "trace.zip", 300);
        WriteFile(Path.Combine(Artifacts, orphanRecent), "trace.zip", 30);
        WriteFile(Path.Combine(Artifacts, "notes"), "todo.txt", 3);
        WriteFile(Path.Combine(Artifacts, trash), "events.jsonl", 11);
        Directory.CreateSymbolicLink(Path.Combine(Artifacts, orphanLink), Path.Combine(Outside, "kept"));
        foreach (var folder in new[] { oldDone, oldRunning, orphanOld, "notes" })
        {
            Age(Path.Combine(Artifacts, folder), longAgo);
        }

        var pass = await services.GetRequiredService<RunRetention>().RunOnceAsync(Cancel);

        Assert.Equal(new RunRetentionPass(Runs: 3, Folders: 4, Orphans: 1, Bytes: 100 + 250 + 7 + 11 + 300), pass);
        Assert.Equal(
            new[] { "notes", oldRunning, orphanLink, orphanRecent, recent }.Order(StringComparer.Ordinal),
            Directory.EnumerateFileSystemEntries(Artifacts).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(Artifacts, oldRunning, "case-1", "step-01.jpg")));
        Assert.True(File.Exists(kept) && File.Exists(linkedTarget), "a file outside the artifacts directory was deleted");
        Assert.NotNull(new FileInfo(Path.Combine(Artifacts, orphanLink)).LinkTarget);
        var runs = services.GetRequiredService<IRunStore>();
        Assert.Null(await runs.GetRunAsync(oldDone, Cancel));
        Assert.Null(await runs.GetRunAsync(oldLinked, Cancel));
        Assert.Null(await runs.GetRunAsync(oldWithoutFiles, Cancel));
        Assert.Empty(await services.GetRequiredService<IArtifactStore>().ListAsync(oldDone, Cancel));
        Assert.Equal(RunState.Running, (await runs.GetRunAsync(oldRunning, Cancel))!.State);
        Assert.Single(await services.GetRequiredService<IArtifactStore>().ListAsync(recent, Cancel));
        Assert.Equal(RunRetentionPass.Nothing, await services.GetRequiredService<RunRetention>().RunOnceAsync(Cancel));
    }

    [Fact]
    public async Task RunOnce_RunIdThatLeavesTheArtifactsDirectory_DeletesTheRowButNoFile()
    {
        await using var services = await OpenAsync();
        await RunRetentionStoreContractTests.WriteRunAsync(services, "../outside", DateTimeOffset.UtcNow.AddDays(-40), RunState.Passed);
        var outsideFile = WriteFile(Outside, "report.html", 8);

        var pass = await services.GetRequiredService<RunRetention>().RunOnceAsync(Cancel);

        Assert.Equal(new RunRetentionPass(1, 0, 0, 0), pass);
        Assert.True(File.Exists(outsideFile));
        Assert.Null(await services.GetRequiredService<IRunStore>().GetRunAsync("../outside", Cancel));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public async Task RunOnce_RetentionOff_RemovesNothing(string days)
    {
        await using var services = await OpenAsync(new Dictionary<string, string?> { ["Storage:RunRetentionDays"] = days });
        var runId = NewRunId();
        await WriteRunAsync(services, runId, DateTimeOffset.UtcNow.AddDays(-4000), RunState.Passed, ("report.html", 10));

        var pass = await services.GetRequiredService<RunRetention>().RunOnceAsync(Cancel);

        Assert.Equal(RunRetentionPass.Nothing, pass);
        Assert.True(File.Exists(Path.Combine(Artifacts, runId, "report.html")));
        Assert.NotNull(await services.GetRequiredService<IRunStore>().GetRunAsync(runId, Cancel));
    }

    [Fact]
    public async Task Job_Started_PassesAtOnceThenEveryInterval()
    {
        var time = new ManualTime();
        using var logs = new CapturedLogs();
        await using var services = await OpenAsync(new Dictionary<string, string?> { ["Storage:RunRetentionInterval"] = "02:00:00" }, time, logs);
        var (first, second) = (NewRunId(), NewRunId());
        await WriteRunAsync(services, first, time.GetUtcNow().AddDays(-31), RunState.Passed, ("report.html", 10));
        var job = services.GetServices<IHostedService>().OfType<RunRetention>().Single();

        await job.StartAsync(Cancel);
        await UntilAsync(() => !Directory.Exists(Path.Combine(Artifacts, first)), () => { });
        await WriteRunAsync(services, second, time.GetUtcNow().AddDays(-30).AddMinutes(90), RunState.Failed, ("report.html", 20));
        time.Advance(TimeSpan.FromHours(1));
        var runs = services.GetRequiredService<IRunStore>();
        Assert.NotNull(await runs.GetRunAsync(second, Cancel));
        await UntilAsync(() => !Directory.Exists(Path.Combine(Artifacts, second)), () => time.Advance(TimeSpan.FromHours(1)));

        Assert.Null(await runs.GetRunAsync(second, Cancel));
        Assert.Equal(2, logs.Lines.Count(l => l.Contains("Run retention removed 1 run(s)", StringComparison.Ordinal)));
        Assert.Contains(logs.Lines, l => l.Contains("Run retention removed 1 run(s)", StringComparison.Ordinal) && l.Contains(" 20 bytes", StringComparison.Ordinal));
        Assert.False(job.ExecuteTask!.IsCompleted);
        await job.StopAsync(Cancel);
    }

    // The job runs on its own thread: advance the clock until what its pass does shows.
    private static async Task UntilAsync(Func<bool> done, Action advance)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!done())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15), "the retention pass did not happen");
            advance();
            await Task.Delay(20, Cancel);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        GC.SuppressFinalize(this);
    }
}
