using System.Diagnostics;
using Microsoft.Playwright;
using Microsoft.SemanticKernel;
using Pacts.Agents.Browser;
using Pacts.Agents.Discovery;
using Pacts.Agents.Execution;
using Pacts.Agents.Plugins;
using Pacts.Agents.Reporting;
using Pacts.Storage.Runs;

namespace Pacts.Agents.Orchestration;

/// <summary>
/// One test case of a run as an explicit state machine, in a browser context of its own. Each phase does one thing
/// and names the next; the plugins are called through the run's kernel. Several run at once when the run asks for
/// parallel test cases; what they share (the run's counts, events and files) is safe for that.
/// </summary>
internal sealed class CaseRunner(RunContext run, Kernel kernel, BrowserHost browser, RunRecorder recorder, RunArtifacts artifacts, TimeProvider time)
{
    internal enum Phase { Open, StartStep, Resolve, Rediscover, Heal, Execute, FinishStep, Close, Done }

    private readonly CaseState _case = new();
    private Activity? _caseActivity, _stepActivity;

    /// <summary>The test case stopped because the run was cancelled.</summary>
    public bool Cancelled { get; private set; }

    /// <summary>The first exception that ended the test case (a crashed browser, a broken page), if one did.</summary>
    public string? InfrastructureError { get; private set; }

    /// <summary>Closes the test case's browser context at once (the run was cancelled).</summary>
    public Task CloseContextAsync() => _case.CloseContextAsync();

    public async Task RunAsync(int index, Activity? runActivity, CancellationToken cancellationToken)
    {
        _case.Index = index;
        var phase = Phase.Open;
        while (phase != Phase.Done)
        {
            try
            {
                // Phases run one after another in this loop; the innermost open span is the parent of what they do.
                Activity.Current = _stepActivity ?? _caseActivity ?? runActivity;
                phase = await NextAsync(phase, runActivity, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested && phase != Phase.Close)
            {
                Cancelled = true;
                phase = _case.Open ? Phase.Close : Phase.Done;
            }
            catch (Exception exception) when (phase != Phase.Close)
            {
                // A crashed browser or a broken page ends this test case, never the run's record.
                InfrastructureError ??= exception.Message;
                run.AddFailure(_case, $"{exception.GetType().Name}: {ActionGate.FirstLine(exception.Message)}", null, null);
                phase = _case.Open ? Phase.Close : Phase.Done;
            }
        }
    }

    private Task<Phase> NextAsync(Phase phase, Activity? runActivity, CancellationToken ct) => phase switch
    {
        Phase.Open => OpenAsync(runActivity, ct),
        Phase.StartStep => Task.FromResult(StartStep(ct)),
        Phase.Resolve => ResolveAsync(ct),
        Phase.Rediscover => RediscoverAsync(ct),
        Phase.Heal => HealAsync(ct),
        Phase.Execute => ExecuteAsync(ct),
        Phase.FinishStep => FinishStepAsync(),
        Phase.Close => CloseAsync(),
        _ => throw new InvalidOperationException($"No transition from {phase}."),
    };

    private async Task<Phase> OpenAsync(Activity? runActivity, CancellationToken ct)
    {
        var testCase = run.Plan.TestCases[_case.Index];
        _case.Begin(testCase, run.UrlFor(testCase), time.GetTimestamp());
        _caseActivity = PactsTelemetry.Source.StartActivity("test case", ActivityKind.Internal, runActivity?.Context ?? default);
        _caseActivity?.SetTag("pacts.test_case", _case.Index);
        run.Emit(new TestCaseStartedBody(_case.Index, testCase.Title, _case.Url));
        var context = await browser.NewContextAsync(ct).ConfigureAwait(false);
        await artifacts.CaseOpenedAsync(_case.Index, context).ConfigureAwait(false);
        _case.Attach(context, await context.NewPageAsync().ConfigureAwait(false));
        ct.ThrowIfCancellationRequested();
        var response = await _case.Page!.GotoAsync(_case.Url, new() { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
        if (response is { Ok: false })
        {
            run.AddFailure(_case, $"opening {_case.Url} answered HTTP {response.Status}", "a page", $"HTTP {response.Status}");
            return Phase.Close;
        }

        return Phase.StartStep;
    }

    private Phase StartStep(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (_case.StepIndex >= _case.Plan!.Steps.Count)
        {
            return Phase.Close;
        }

        var step = _case.BeginStep(time.GetTimestamp());
        _stepActivity = PactsTelemetry.Source.StartActivity("step", ActivityKind.Internal, _caseActivity?.Context ?? default);
        _stepActivity?.SetTag("pacts.action", step.ActionName);
        _stepActivity?.SetTag("pacts.step", step.Index);
        run.Emit(new StepStartedBody(_case.Index, step));
        return step.NeedsElement ? Phase.Resolve : Phase.Execute;
    }

    private async Task<Phase> ResolveAsync(CancellationToken ct) =>
        Resolved(await AgentKernel.ResolveAsync(kernel, _case.StepContext(), ct).ConfigureAwait(false));

    // The cached element was gone or changed when the action looked it up (nothing was done to the page): discover it.
    private async Task<Phase> RediscoverAsync(CancellationToken ct) =>
        Resolved(await AgentKernel.RediscoverAsync(kernel, _case.StepContext(), _case.Element!, ct).ConfigureAwait(false));

    private Phase Resolved(Resolution resolution)
    {
        if (resolution.Element is not { } element)
        {
            if (resolution.Drifted is { } drifted)
            {
                // The healer looks for the element the cache remembered.
                _case.Use(drifted, ElementOrigin.None);
            }

            var top = string.Join(", ", resolution.TopCandidates.Take(3).Select(c => $"'{c.Candidate.Name}' ({c.Candidate.Role}) {c.Score:0.00}"));
            _case.Outcome = StepOutcome.Fail(top.Length == 0 ? resolution.Message! : $"{resolution.Message}; closest: {top}");
            return Phase.Heal;
        }

        _case.Use(element, resolution.Origin);
        run.Emit(new ElementResolvedBody(_case.Index, _case.Step!.Index, resolution.Origin, element.Locator.ToString(), element.Score, element.Margin, resolution.DurationMs));
        return Phase.Execute;
    }

    private async Task<Phase> HealAsync(CancellationToken ct)
    {
        _case.HealTried = true;
        var broken = _case.Element;
        var heal = _case.Heal = await AgentKernel.HealAsync(kernel, _case.StepContext(), broken, ct).ConfigureAwait(false);
        run.Emit(new StepHealedBody(_case.Index, _case.Step!.Index, heal.Healed, broken?.Locator.ToString(), heal.Element?.Locator.ToString(), heal.Strategy, heal.Similarity, heal.Round, heal.Note)
        {
            StrategiesTried = [.. heal.Attempts.Select(a => a.Strategy)],
        });
        if (!heal.Healed || heal.Element is not { } element)
        {
            _case.Outcome = _case.Outcome! with { Message = $"{_case.Outcome.Message} (healer: {heal.Note})" };
            return Phase.FinishStep;
        }

        _case.Use(element, ElementOrigin.Heal);
        run.Emit(new ElementResolvedBody(_case.Index, _case.Step.Index, ElementOrigin.Heal, element.Locator.ToString(), element.Score, element.Margin, 0));
        return Phase.Execute;
    }

    private async Task<Phase> ExecuteAsync(CancellationToken ct)
    {
        var step = _case.Step!;
        var outcome = await AgentKernel.ExecuteAsync(kernel, _case.StepContext(), _case.Element, ct).ConfigureAwait(false);
        _case.Outcome = outcome;
        if (outcome.Drifted)
        {
            return Phase.Rediscover;
        }

        if (step.IsAssertion)
        {
            run.Emit(new AssertionCheckedBody(_case.Index, step.Index, outcome.Passed, step.Text, outcome.Expected, outcome.Actual));
        }

        return !outcome.Passed && outcome.GatePoint is not null && !_case.HealTried ? Phase.Heal : Phase.FinishStep;
    }

    private async Task<Phase> FinishStepAsync()
    {
        var step = _case.Step!;
        var outcome = _case.Outcome!;
        var state = outcome.Passed ? StepState.Passed : StepState.Failed;
        var duration = (long)time.GetElapsedTime(_case.StepStarted).TotalMilliseconds;
        await artifacts.StepFinishedAsync(run, _case, outcome.Passed).ConfigureAwait(false);
        run.Emit(new StepFinishedBody(_case.Index, step.Index, state, duration, _case.Origin, outcome.Message));
        await recorder.StepFinishedAsync(run, _case, state, duration).ConfigureAwait(false);
        if (_case.Heal is { } heal)
        {
            // A heal counts as a success in the history only if the step then passed.
            await recorder.HealAttemptsAsync(run, heal, outcome.Passed).ConfigureAwait(false);
            if (outcome.Passed && heal is { Healed: true, Key: { } key, Element: { } healed })
            {
                _case.PendingHeals.Add((key, healed));
            }
        }

        run.CountStep(state);
        _stepActivity?.SetTag("pacts.status", state.ToString());
        _stepActivity?.Dispose();
        _stepActivity = null;
        if (!outcome.Passed)
        {
            run.AddFailure(_case, outcome.Message ?? "the step failed", outcome.Expected, outcome.Actual);
            return Phase.Close;
        }

        _case.StepIndex++;
        return Phase.StartStep;
    }

    private async Task<Phase> CloseAsync()
    {
        await artifacts.CaseClosingAsync(run, _case).ConfigureAwait(false);
        await _case.EndAsync().ConfigureAwait(false);
        _stepActivity?.Dispose();
        _caseActivity?.Dispose();
        (_stepActivity, _caseActivity) = (null, null);
        var state = _case.Failed || Cancelled ? StepState.Failed : StepState.Passed;
        if (state == StepState.Passed)
        {
            // Heals were pending until now: only a test case that passed replaces cached selectors.
            foreach (var (key, element) in _case.PendingHeals)
            {
                await AgentKernel.CommitHealAsync(kernel, key, element, CancellationToken.None).ConfigureAwait(false);
            }
        }

        run.CountCase(state);
        run.Emit(new TestCaseFinishedBody(_case.Index, state, (long)time.GetElapsedTime(_case.Started).TotalMilliseconds));
        return Phase.Done;
    }
}
