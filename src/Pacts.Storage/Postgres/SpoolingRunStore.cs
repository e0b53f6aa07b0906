using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;
using Pacts.Storage.Artifacts;
using Pacts.Storage.Healing;
using Pacts.Storage.Runs;

namespace Pacts.Storage.Postgres;

/// <summary>
/// Run writes (runs, steps, their heal attempts and artifacts) that survive a Postgres outage: a write Postgres cannot
/// take because it is unreachable goes to the <see cref="RunSpool"/> and the call succeeds, so the run goes on. While
/// the spool holds anything, later writes join it, keeping their order; <see cref="ReplayAsync"/> (driven by
/// <see cref="RunSpoolReplay"/>) writes them when Postgres answers again. Every write is idempotent (insert-if-absent,
/// upsert, update), so a replay interrupted before the spool is cleared writes nothing twice when it runs again. Reads
/// go straight to Postgres. Heal attempts and artifacts share the one spool because their rows reference the run, which
/// may itself still be waiting in it.
/// </summary>
internal sealed partial class SpoolingRunStore(
    PostgresRunStore postgres,
    PostgresHealHistoryStore heals,
    PostgresArtifactStore artifacts,
    RunSpool spool,
    ILogger<SpoolingRunStore> logger) : IRunStore, IHealHistoryStore, IArtifactStore, IDisposable
{
    // One writer at a time: a write must not overtake the spool, nor a replay interleave with new appends.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _outage;

    public Task CreateRunAsync(RunRecord run, CancellationToken cancellationToken) =>
        WriteAsync(new SpooledWrite(Run: run), cancellationToken);

    public Task AddStepAsync(StepRecord step, CancellationToken cancellationToken) =>
        WriteAsync(new SpooledWrite(Step: step), cancellationToken);

    public Task FinishRunAsync(string runId, RunState state, RunCounts counts, string? message, DateTimeOffset finishedAt, CancellationToken cancellationToken) =>
        WriteAsync(new SpooledWrite(Finish: new SpooledFinish(runId, state, counts, message, finishedAt)), cancellationToken);

    public Task RecordAsync(HealAttempt attempt, CancellationToken cancellationToken) =>
        WriteAsync(new SpooledWrite(Heal: attempt), cancellationToken);

    public Task AddAsync(ArtifactRecord artifact, CancellationToken cancellationToken) =>
        WriteAsync(new SpooledWrite(Artifact: artifact), cancellationToken);

    public Task<StrategyHistory> GetStrategyHistoryAsync(string site, string elementKey, CancellationToken cancellationToken) =>
        heals.GetStrategyHistoryAsync(site, elementKey, cancellationToken);

    public Task<IReadOnlyList<ArtifactRecord>> ListAsync(string runId, CancellationToken cancellationToken) =>
        artifacts.ListAsync(runId, cancellationToken);

    public Task<RunRecord?> GetRunAsync(string runId, CancellationToken cancellationToken) => postgres.GetRunAsync(runId, cancellationToken);

    public Task<IReadOnlyList<StepRecord>> GetStepsAsync(string runId, CancellationToken cancellationToken) => postgres.GetStepsAsync(runId, cancellationToken);

    public Task<IReadOnlyList<RunRecord>> ListRunsAsync(int limit, CancellationToken cancellationToken) => postgres.ListRunsAsync(limit, cancellationToken);

    public async Task<int> MarkUnfinishedRunsInterruptedAsync(CancellationToken cancellationToken)
    {
        // Runs an earlier process left in the spool are written first, so those it never finished are marked too.
        await ReplayAsync(cancellationToken).ConfigureAwait(false);
        return await postgres.MarkUnfinishedRunsInterruptedAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the spool to Postgres in order and clears it; returns false when Postgres is still unreachable.</summary>
    public async Task<bool> ReplayAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (spool.IsEmpty)
            {
                return true;
            }

            var writes = await spool.ReadAsync(cancellationToken).ConfigureAwait(false);
            foreach (var write in writes)
            {
                await ApplyAsync(write, cancellationToken).ConfigureAwait(false);
            }

            spool.Clear();
            _outage = false;
            LogReplayed(logger, writes.Count);
            return true;
        }
        catch (Exception exception) when (IsUnreachable(exception))
        {
            return false;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task WriteAsync(SpooledWrite write, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (spool.IsEmpty)
            {
                try
                {
                    await ApplyAsync(write, cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (Exception exception) when (IsUnreachable(exception))
                {
                    if (!_outage)
                    {
                        _outage = true;
                        LogSpooling(logger, exception, spool.Path);
                    }
                }
            }

            await spool.AppendAsync(write, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private Task ApplyAsync(SpooledWrite write, CancellationToken cancellationToken) => write switch
    {
        { Run: { } run } => postgres.CreateRunAsync(run, cancellationToken),
        { Step: { } step } => postgres.AddStepAsync(step, cancellationToken),
        { Finish: { } f } => postgres.FinishRunAsync(f.RunId, f.State, f.Counts, f.Message, f.FinishedAt, cancellationToken),
        { Heal: { } heal } => heals.RecordAsync(heal, cancellationToken),
        { Artifact: { } artifact } => artifacts.AddAsync(artifact, cancellationToken),
        _ => throw new InvalidOperationException("A spooled write carries nothing to write."),
    };

    // Postgres away (refused, reset, shut down, timed out): worth waiting for. SQL errors are not, and still throw.
    private static bool IsUnreachable(Exception exception) => exception switch
    {
        NpgsqlException { IsTransient: true } or SocketException or TimeoutException => true,
        { InnerException: { } inner } => IsUnreachable(inner),
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Postgres is unreachable; run records are spooled to {Path} and written when it is back")]
    private static partial void LogSpooling(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Postgres is back; wrote {Count} spooled run record(s)")]
    private static partial void LogReplayed(ILogger logger, int count);
}
