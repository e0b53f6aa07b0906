using Microsoft.Extensions.DependencyInjection;
using Pacts.Storage.Runs;

namespace Pacts.Storage.IntegrationTests;

/// <summary>The run retention job on Postgres: also its spool, and a server that does not answer.</summary>
public sealed class PostgresRunRetentionTests(MigratedDatabase database) : RunRetentionTests, IClassFixture<MigratedDatabase>
{
    private string? _connectionString;
    private bool _unreachable;

    protected override async Task<string?> PostgresAsync() => _unreachable
        ? "Host=127.0.0.1;Port=1;Database=pacts;Username=pacts;Password=none;Timeout=2"
        : _connectionString ??= (await database.EmptyAsync()).ConnectionString;

    [Fact]
    public async Task RunOnce_PostgresUnreachable_FailsAndRemovesNoFile()
    {
        _unreachable = true;
        await using var services = await OpenAsync();
        var orphan = NewRunId();
        WriteFile(Path.Combine(Artifacts, orphan), "trace.zip", 30);
        Age(Path.Combine(Artifacts, orphan), DateTimeOffset.UtcNow.AddDays(-400));

        await Assert.ThrowsAnyAsync<Exception>(() => services.GetRequiredService<RunRetention>().RunOnceAsync(Cancel));

        Assert.True(File.Exists(Path.Combine(Artifacts, orphan, "trace.zip")));
    }

    [Fact]
    public async Task RunOnce_RunStillInTheSpool_IsWrittenFirstAndItsFolderStays()
    {
        await using var services = await OpenAsync();
        var runId = NewRunId();
        var longAgo = DateTimeOffset.UtcNow.AddDays(-40);
        await services.GetRequiredService<Postgres.RunSpool>().AppendAsync(
            new Postgres.SpooledWrite(Run: new RunRecord(runId, "login.txt", RunState.Running, longAgo, null, RunCounts.Zero, null, new Dictionary<string, string>())), Cancel);
        WriteFile(Path.Combine(Artifacts, runId), "case-1/step-01.jpg", 30);
        Age(Path.Combine(Artifacts, runId), longAgo);

        var pass = await services.GetRequiredService<RunRetention>().RunOnceAsync(Cancel);

        Assert.Equal(RunRetentionPass.Nothing, pass);
        Assert.True(File.Exists(Path.Combine(Artifacts, runId, "case-1", "step-01.jpg")));
        Assert.NotNull(await services.GetRequiredService<IRunStore>().GetRunAsync(runId, Cancel));
        Assert.True(services.GetRequiredService<Postgres.RunSpool>().IsEmpty);
    }
}
