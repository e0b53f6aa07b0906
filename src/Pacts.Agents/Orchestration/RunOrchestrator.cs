using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Pacts.Agents.Browser;
using Pacts.Agents.Planning;
using Pacts.Agents.Plugins;
using Pacts.Agents.Reporting;

namespace Pacts.Agents.Orchestration;

/// <summary>A run that has started: its id, its events as they happen, and a way to stop it.</summary>
public sealed class ActiveRun(string runId, ChannelReader<RunEvent> events, CancellationTokenSource cancellation)
{
    public string RunId { get; } = runId;

    public ChannelReader<RunEvent> Events { get; } = events;

    public Task Completion { get; internal set; } = Task.CompletedTask;

    public void Cancel() => cancellation.Cancel();
}

public interface IRunOrchestrator
{
    /// <summary>Plans a requirement through the Planner plugin; throws <see cref="PlanException"/> with every error.</summary>
    Task<PlannedRun> PlanAsync(RunRequest request, CancellationToken cancellationToken);

    /// <summary>Parses only, for editors: the plan or the errors.</summary>
    Task<PlanResult> ValidateAsync(PlanRequest request, CancellationToken cancellationToken);

    /// <summary>Starts a planned run in the background; its events stream from the returned handle.</summary>
    ActiveRun Start(PlannedRun run);

    /// <summary>Cancels a run still going; false when no such run is active.</summary>
    bool Cancel(string runId);
}

internal sealed class RunOrchestrator(
    AgentKernel kernels,
    BrowserHost browser,
    RunRecorder recorder,
    ArtifactRecorder artifactRecorder,
    IOptions<ExecutionOptions> options,
    TimeProvider time) : IRunOrchestrator, IDisposable
{
    private readonly ConcurrentDictionary<string, ActiveRun> _active = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentRuns, options.Value.MaxConcurrentRuns);

    public async Task<PlannedRun> PlanAsync(RunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await ValidateAsync(request.ToPlanRequest(), cancellationToken).ConfigureAwait(false);
        return result.IsValid ? new PlannedRun(request, result.Plan!) : throw new PlanException(result.Errors);
    }

    public Task<PlanResult> ValidateAsync(PlanRequest request, CancellationToken cancellationToken) =>
        AgentKernel.PlanAsync(kernels.Create(), request, cancellationToken);

    public ActiveRun Start(PlannedRun run)
    {
        var runId = Guid.CreateVersion7().ToString();
        var artifacts = artifactRecorder.Begin(runId, run.Plan.Secrets);
        var sink = new RunEventSink(runId, time, artifacts.Collect);
        var cancellation = new CancellationTokenSource();
        var active = new ActiveRun(runId, sink.Reader, cancellation);
        _active[runId] = active;
        var machine = new RunStateMachine(new RunContext(runId, run, sink, time), kernels.Create(), browser, recorder, artifacts, time,
            Math.Clamp(run.Request.Parallel, 1, options.Value.MaxParallelCases));
        active.Completion = Task.Run(async () =>
        {
            try
            {
                await _slots.WaitAsync(cancellation.Token).ConfigureAwait(false);
                try
                {
                    await machine.RunAsync(cancellation.Token).ConfigureAwait(false);
                }
                finally
                {
                    _slots.Release();
                }
            }
            catch (OperationCanceledException)
            {
                // Cancelled while waiting for a slot: the run never started, so it still gets its record.
                await machine.RunAsync(cancellation.Token).ConfigureAwait(false);
            }
            finally
            {
                sink.Complete();
                _active.TryRemove(runId, out _);
                cancellation.Dispose();
            }
        }, CancellationToken.None);
        return active;
    }

    public bool Cancel(string runId)
    {
        if (!_active.TryGetValue(runId, out var run))
        {
            return false;
        }

        try
        {
            run.Cancel();
            return true;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }

    public void Dispose() => _slots.Dispose();
}
