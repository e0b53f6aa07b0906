using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.SemanticKernel;
using Pacts.Agents.Browser;
using Pacts.Agents.Reporting;

namespace Pacts.Agents.Orchestration;

/// <summary>
/// One run: it starts, its test cases run (each a <see cref="CaseRunner"/>, up to <paramref name="parallel"/> at once,
/// taken in plan order), and it finishes. A cancelled, crashed or failing run still ends with a stored record and a
/// final event.
/// </summary>
internal sealed class RunStateMachine(RunContext run, Kernel kernel, BrowserHost browser, RunRecorder recorder, RunArtifacts artifacts, TimeProvider time, int parallel = 1)
{
    private readonly ConcurrentDictionary<int, CaseRunner> _running = new();
    private int _next = -1;
    private volatile bool _cancelled;
    private string? _infrastructureError;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var activity = PactsTelemetry.Source.StartActivity("run");
        activity?.SetTag("pacts.run_id", run.RunId);
        using var closeOnCancel = cancellationToken.Register(() =>
        {
            foreach (var runner in _running.Values)
            {
                _ = runner.CloseContextAsync();
            }
        });
        if (await StartAsync(cancellationToken).ConfigureAwait(false))
        {
            var workers = Math.Clamp(parallel, 1, run.Plan.TestCases.Count);
            try
            {
                await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => WorkAsync(activity, cancellationToken))).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                // Closing a test case failed: the run still ends with its record and its final event.
                Interlocked.CompareExchange(ref _infrastructureError, exception.Message, null);
            }
        }

        Activity.Current = activity;
        await FinishAsync().ConfigureAwait(false);
        activity?.SetTag("pacts.status", run.State.ToString());
    }

    private async Task<bool> StartAsync(CancellationToken ct)
    {
        try
        {
            await recorder.RunStartedAsync(run).ConfigureAwait(false);
            run.Emit(new RunStartedBody(run.Plan));
            ct.ThrowIfCancellationRequested();
            return run.Plan.TestCases.Count > 0;
        }
        catch (Exception) when (ct.IsCancellationRequested)
        {
            _cancelled = true;
            return false;
        }
        catch (Exception exception)
        {
            _infrastructureError ??= exception.Message;
            return false;
        }
    }

    // A worker takes the next test case in plan order until none is left or the run was cancelled.
    private async Task WorkAsync(Activity? runActivity, CancellationToken ct)
    {
        int index;
        while (!_cancelled && (index = Interlocked.Increment(ref _next)) < run.Plan.TestCases.Count)
        {
            var runner = new CaseRunner(run, kernel, browser, recorder, artifacts, time);
            _running[index] = runner;
            try
            {
                await runner.RunAsync(index, runActivity, ct).ConfigureAwait(false);
            }
            finally
            {
                _running.TryRemove(index, out _);
            }

            if (runner.InfrastructureError is { } error)
            {
                Interlocked.CompareExchange(ref _infrastructureError, error, null);
            }

            _cancelled |= runner.Cancelled;
        }
    }

    private async Task FinishAsync()
    {
        var finished = run.Finish(_cancelled, _infrastructureError);
        await artifacts.RunFinishingAsync(run, finished).ConfigureAwait(false);
        run.Emit(finished);
        await artifacts.RunFinishedAsync(run).ConfigureAwait(false);
        await recorder.RunFinishedAsync(run, finished).ConfigureAwait(false);
    }
}
