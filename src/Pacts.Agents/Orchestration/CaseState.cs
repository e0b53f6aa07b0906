using Microsoft.Playwright;
using Pacts.Agents.Discovery;
using Pacts.Agents.Execution;
using Pacts.Agents.Healing;
using Pacts.Agents.Planning;
using Pacts.Agents.Plugins;
using Pacts.Storage.Runs;
using Pacts.Storage.Selectors;

namespace Pacts.Agents.Orchestration;

/// <summary>The state machine's memory of the test case and step in progress.</summary>
internal sealed class CaseState
{
    private IBrowserContext? _context;
    private readonly Lock _gate = new();
    private Task? _closing;

    public int Index { get; set; }

    public TestCasePlan? Plan { get; private set; }

    public string Url { get; private set; } = "";

    public long Started { get; private set; }

    public bool Open { get; private set; }

    public bool Failed { get; set; }

    public IPage? Page { get; private set; }

    public int StepIndex { get; set; }

    public PlanStep? Step { get; private set; }

    public long StepStarted { get; private set; }

    public ResolvedElement? Element { get; private set; }

    public ElementOrigin Origin { get; private set; }

    public StepOutcome? Outcome { get; set; }

    public bool HealTried { get; set; }

    /// <summary>The step's heal, when it had one; its attempts are recorded once the step's outcome is known.</summary>
    public HealResult? Heal { get; set; }

    /// <summary>Heals of steps that passed, written over their cache entries only if the whole test case passes.</summary>
    public List<(SelectorKey Key, ResolvedElement Element)> PendingHeals { get; } = [];

    public void Begin(TestCasePlan plan, string url, long started)
    {
        (Plan, Url, Started, Open, Failed, StepIndex, Step, _closing) = (plan, url, started, true, false, 0, null, null);
        PendingHeals.Clear();
    }

    public void Attach(IBrowserContext context, IPage page)
    {
        lock (_gate)
        {
            (_context, Page) = (context, page);
        }
    }

    public PlanStep BeginStep(long started)
    {
        (Step, StepStarted, Element, Origin, Outcome, HealTried, Heal) = (Plan!.Steps[StepIndex], started, null, ElementOrigin.None, null, false, null);
        return Step;
    }

    public void Use(ResolvedElement element, ElementOrigin origin) => (Element, Origin) = (element, origin);

    public StepContext StepContext() => new(Page!, Step!, Url);

    /// <summary>
    /// Closes the browser context; safe to call twice and from the cancellation callback. Every caller waits for the
    /// one close that is in progress, so a finished test case never leaves a context open behind it.
    /// </summary>
    public Task CloseContextAsync()
    {
        lock (_gate)
        {
            if (_context is { } context)
            {
                _context = null;
                _closing = CloseAsync(context);
            }

            return _closing ?? Task.CompletedTask;
        }
    }

    private static async Task CloseAsync(IBrowserContext context)
    {
        try
        {
            await context.CloseAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The browser is already gone; nothing is left to close.
        }
    }

    public async Task EndAsync()
    {
        await CloseContextAsync().ConfigureAwait(false);
        (Open, Page) = (false, null);
    }
}
