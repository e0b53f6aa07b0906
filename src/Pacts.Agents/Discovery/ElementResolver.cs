using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Pacts.Agents.Planning;
using Pacts.Storage.Runs;
using Pacts.Storage.Selectors;

namespace Pacts.Agents.Discovery;

/// <summary>
/// The PomBuilder's logic: answers from the selector cache when the cached locator still finds exactly one element
/// that looks like the stored fingerprint, and otherwise discovers the element and writes it through to the cache.
/// </summary>
internal sealed partial class ElementResolver(
    ISelectorCache cache,
    IOptions<ExecutionOptions> options,
    TimeProvider time,
    ILogger<ElementResolver> logger)
{
    private readonly DiscoveryScript _script = new([.. options.Value.TestIdAttributes]);

    public async Task<Resolution> ResolveAsync(IPage page, PlanStep step, CancellationToken cancellationToken)
    {
        using var activity = PactsTelemetry.Source.StartActivity("resolve element");
        var started = time.GetTimestamp();
        var key = CacheKeys.For(options.Value.Environment, page.Url, step);
        var (cached, drifted) = await FromCacheAsync(page, step, key, cancellationToken).ConfigureAwait(false);
        if (cached is not null)
        {
            activity?.SetTag("pacts.source", cached.Value.Origin.ToString());
            return Resolution.Found(cached.Value.Element, cached.Value.Origin, Elapsed(started));
        }

        var resolution = await DiscoverAndStoreAsync(page, step, key, started, activity, cancellationToken).ConfigureAwait(false);
        return resolution with { Drifted = drifted };
    }

    /// <summary>
    /// Discovers again the element of a step whose cached element drifted while the action looked it up: the drift is
    /// counted, and the entry is replaced by what discovery finds.
    /// </summary>
    public async Task<Resolution> RediscoverAsync(IPage page, PlanStep step, ResolvedElement drifted, CancellationToken cancellationToken)
    {
        using var activity = PactsTelemetry.Source.StartActivity("rediscover element");
        var started = time.GetTimestamp();
        var key = CacheKeys.For(options.Value.Environment, page.Url, step);
        LogDrift(logger, drifted.Locator);
        await cache.RecordDriftAsync(key, cancellationToken).ConfigureAwait(false);
        var resolution = await DiscoverAndStoreAsync(page, step, key, started, activity, cancellationToken).ConfigureAwait(false);
        return resolution with { Drifted = drifted };
    }

    private async Task<Resolution> DiscoverAndStoreAsync(IPage page, PlanStep step, SelectorKey key, long started, Activity? activity, CancellationToken cancellationToken)
    {
        await DiscoveryScript.SettleAsync(page, DiscoveryScript.QuietMs, DiscoveryScript.SettleMaxMs).ConfigureAwait(false);
        var resolution = await DiscoverAsync(page, step, options.Value.StepTimeoutMs, cancellationToken).ConfigureAwait(false);
        if (resolution.Element is { } element)
        {
            await cache.SetAsync(key, element.ToCached(time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }

        activity?.SetTag("pacts.source", resolution.Origin.ToString());
        return resolution with { DurationMs = Elapsed(started) };
    }

    /// <summary>Discovers the element, waiting for DOM changes (never a fixed sleep) until the budget runs out.</summary>
    public async Task<Resolution> DiscoverAsync(IPage page, PlanStep step, int budgetMs, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var candidates = await _script.CollectAsync(page, IncludesText(step.Action), step.Target).ConfigureAwait(false);
            var ranked = CandidateScorer.Rank(step, candidates);
            var top = ranked.Take(5).ToList();
            var remaining = budgetMs - (int)Elapsed(started);
            if (ranked.Count > 0 && ranked[0].Score >= CandidateScorer.Threshold)
            {
                return await ChooseAsync(page, step, ranked, top, Elapsed(started)).ConfigureAwait(false);
            }

            if (remaining <= 0)
            {
                var what = step.ElementKind is null ? $"'{step.Target}'" : $"the '{step.Target}' {step.ElementKind}";
                var where = step.Scope is null ? "" : $" for '{step.Scope.Text}'";
                return Resolution.Failed(ResolutionFailure.NotFound, $"no element on the page matches {what}{where}", top, Elapsed(started));
            }

            await DiscoveryScript.NextChangeAsync(page, Math.Min(remaining, 500)).ConfigureAwait(false);
        }
    }

    private static async Task<Resolution> ChooseAsync(IPage page, PlanStep step, IReadOnlyList<ScoredCandidate> ranked, List<ScoredCandidate> top, long elapsed)
    {
        var best = ranked[0];
        var margin = ranked.Count > 1 ? best.Score - ranked[1].Score : best.Score;
        if (step.Ordinal is { } ordinal)
        {
            // "the second Add to cart button": the Nth of the equally good matches, in document order.
            var tiedGroup = ranked.TakeWhile(r => best.Score - r.Score < CandidateScorer.RequiredMargin).OrderBy(r => r.Order).ToList();
            var index = ordinal == -1 ? tiedGroup.Count - 1 : ordinal - 1;
            if (index < 0 || index >= tiedGroup.Count)
            {
                return Resolution.Failed(
                    ResolutionFailure.NotFound,
                    $"asked for match {(ordinal == -1 ? "last" : ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture))} of '{step.Target}', but only {tiedGroup.Count} element(s) match",
                    top,
                    elapsed);
            }

            best = tiedGroup[index];
            var next = ranked.Count > tiedGroup.Count ? ranked[tiedGroup.Count].Score : 0;
            margin = ranked[0].Score - next;
        }
        else if (margin < CandidateScorer.RequiredMargin)
        {
            var tied = ranked.TakeWhile(r => best.Score - r.Score < CandidateScorer.RequiredMargin).Count();
            return Resolution.Failed(
                ResolutionFailure.Ambiguous,
                $"'{step.Target}' is ambiguous: {tied} elements match about equally well; name the one you mean (for example with 'for \"<item>\"')",
                top,
                elapsed);
        }

        var locator = await LocatorBuilder.BuildAsync(page, best.Candidate, step.Scope?.Text, step.Target).ConfigureAwait(false);
        return locator is null
            ? Resolution.Failed(ResolutionFailure.NoUniqueLocator, $"found '{step.Target}' but no locator picks it out alone", top, elapsed)
            : Resolution.Found(new ResolvedElement(locator, best.Candidate.ToFingerprint(), best.Score, Math.Round(margin, 4)), ElementOrigin.Discovery, elapsed);
    }

    // The cached element when it still holds; otherwise none, and the cached element that drifted (if there was one).
    private async Task<((ResolvedElement Element, ElementOrigin Origin)? Hit, ResolvedElement? Drifted)> FromCacheAsync(IPage page, PlanStep step, SelectorKey key, CancellationToken cancellationToken)
    {
        var hit = await cache.GetAsync(key, cancellationToken).ConfigureAwait(false);
        if (hit is null || LocatorSpec.Deserialize(hit.Selector.Locator) is not { } spec
            || JsonSerializer.Deserialize<Candidate>(hit.Selector.Fingerprint, Candidate.Json) is not { } stored)
        {
            return (null, null);
        }

        var element = new ResolvedElement(spec, stored, hit.Selector.Score, 0);
        if (!step.IsAssertion)
        {
            // An action checks the element as it looks it up (CacheGuard): no call here.
            return ((element with { Confirmed = false }, hit.Origin), null);
        }

        var (confirmed, _) = await CacheGuard.ConfirmAsync(page, spec.ToLocator(page), stored, _script).ConfigureAwait(false);
        if (confirmed)
        {
            return ((element, hit.Origin), null);
        }

        LogDrift(logger, spec);
        await cache.RecordDriftAsync(key, cancellationToken).ConfigureAwait(false);
        return (null, element);
    }

    // Clicks, hovers and element checks may target plain text (a badge, a label); typing never does.
    internal static bool IncludesText(StepAction action) => action is StepAction.Click or StepAction.DoubleClick or StepAction.Hover
        or StepAction.ScrollTo or StepAction.AssertText or StepAction.AssertVisible;

    private long Elapsed(long started) => (long)time.GetElapsedTime(started).TotalMilliseconds;

    [LoggerMessage(Level = LogLevel.Information, Message = "Cached locator {Locator} no longer matches its element; discovering again")]
    private static partial void LogDrift(ILogger logger, LocatorSpec locator);
}
