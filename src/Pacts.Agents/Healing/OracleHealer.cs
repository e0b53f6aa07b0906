using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Pacts.Agents.Discovery;
using Pacts.Agents.Planning;
using Pacts.Storage.Healing;
using Pacts.Storage.Selectors;

namespace Pacts.Agents.Healing;

/// <summary>One strategy tried in one round: whether it healed, and how like the stored element its best proposal was.</summary>
public sealed record HealTry(string Strategy, int Round, bool Accepted, double Similarity, long DurationMs);

/// <summary>A healer's answer for one step.</summary>
public sealed record HealResult(bool Healed, ResolvedElement? Element, string Strategy, double Similarity, int Round, string Note)
{
    public IReadOnlyList<HealTry> Attempts { get; init; } = [];

    /// <summary>The cache entry a heal replaces once its test case passes (Healing:Mode=auto).</summary>
    public SelectorKey? Key { get; init; }

    /// <summary>The locator that failed, when there was one.</summary>
    public LocatorSpec? Replaced { get; init; }
}

/// <summary>
/// Heals a step to the same element or not at all. Per round it reveals more of the page (settle; scroll for lazy
/// content; wait for the next change), describes every candidate once, and tries the strategies in the order the heal
/// history gives (the oracle). A strategy heals only when its best proposal is also the page's best by fingerprint
/// similarity, clears the threshold, leads the runner-up by the margin, and fits the action's role. Nothing is
/// written to the cache here: a heal is pending until its test case passes (<see cref="CommitAsync"/>).
/// </summary>
internal sealed partial class OracleHealer(
    ElementResolver resolver,
    IHealHistoryStore history,
    ISelectorCache cache,
    IOptions<HealingOptions> healing,
    IOptions<ExecutionOptions> execution,
    TimeProvider time,
    ILogger<OracleHealer> logger)
{
    /// <summary>The strategy of a step with no stored fingerprint: wait for the page, then discover by the step's words.</summary>
    public const string Rediscovery = "rediscovery";

    private readonly DiscoveryScript _script = new([.. execution.Value.TestIdAttributes]);

    public async Task<HealResult> HealAsync(IPage page, PlanStep step, ResolvedElement? broken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(step);
        using var activity = PactsTelemetry.Source.StartActivity("heal step");
        var options = healing.Value;
        if (options.Mode == HealingMode.Off)
        {
            return new HealResult(false, null, "off", 0, 0, "healing is off (Healing:Mode=off)");
        }

        var key = CacheKeys.For(execution.Value.Environment, page.Url, step);
        var result = broken is null
            ? await RediscoverAsync(page, step, cancellationToken).ConfigureAwait(false)
            : await HealToSameElementAsync(page, step, broken, key, options, cancellationToken).ConfigureAwait(false);
        activity?.SetTag("pacts.healed", result.Healed);
        activity?.SetTag("pacts.heal_strategy", result.Strategy);
        return result with { Key = key, Replaced = broken?.Locator };
    }

    /// <summary>Writes a heal whose test case passed over the cached entry; never with Healing:Mode=suggest.</summary>
    public async Task CommitAsync(SelectorKey key, ResolvedElement element, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (healing.Value.Mode != HealingMode.Auto)
        {
            return;
        }

        await cache.SetAsync(key, element.ToCached(time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
    }

    private async Task<HealResult> HealToSameElementAsync(IPage page, PlanStep step, ResolvedElement broken, SelectorKey key, HealingOptions options, CancellationToken cancellationToken)
    {
        var stored = broken.Fingerprint;
        var order = HealStrategies.Ordered(await HistoryAsync(key, cancellationToken).ConfigureAwait(false));
        var attempts = new List<HealTry>();
        List<(Candidate Candidate, double Similarity)> ranked = [];
        for (var round = 1; round <= options.MaxRounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = time.GetTimestamp();
            await HealingReveal.RevealAsync(page, round).ConfigureAwait(false);
            var candidates = await _script.CollectAsync(page, ElementResolver.IncludesText(step.Action)).ConfigureAwait(false);
            ranked = Rank(step, stored, candidates);
            var best = ranked.Count > 0 ? ranked[0] : default;
            var runnerUp = ranked.Count > 1 ? ranked[1].Similarity : 0;
            var clear = best.Candidate is not null && Clear(stored, best.Candidate, best.Similarity, runnerUp, options);
            foreach (var strategy in order)
            {
                var proposed = ranked.FirstOrDefault(r => strategy.Proposes(stored, r.Candidate));
                var accepted = clear && ReferenceEquals(proposed.Candidate, best.Candidate);
                attempts.Add(new HealTry(strategy.Name, round, accepted, proposed.Similarity, (long)time.GetElapsedTime(started).TotalMilliseconds));
                if (!accepted)
                {
                    continue;
                }

                var locator = await LocatorBuilder.BuildAsync(page, best.Candidate!, step.Scope?.Text, step.Target).ConfigureAwait(false);
                if (locator is null)
                {
                    break;
                }

                var element = new ResolvedElement(locator, best.Candidate!.ToFingerprint(), best.Similarity, Math.Round(best.Similarity - runnerUp, 4));
                LogHealed(logger, broken.Locator, locator, strategy.Name, best.Similarity, round);
                return new HealResult(true, element, strategy.Name, best.Similarity, round,
                    $"healed by {strategy.Name} in round {round}: similarity {Score(best.Similarity)}, next {Score(runnerUp)}") { Attempts = attempts };
            }
        }

        var top = string.Join(", ", ranked.Take(3).Select(r => $"{Describe(r.Candidate)} {Score(r.Similarity)}"));
        var why = ranked.Count == 0 ? "no element on the page fits the action"
            : ranked[0].Similarity < options.Threshold ? $"nothing is similar enough to the stored element (threshold {Score(options.Threshold)})"
            : $"no element is clearly the stored one (margin {Score(options.Margin)} needed)";
        return new HealResult(false, null, attempts.Count > 0 ? attempts[^1].Strategy : "", ranked.Count > 0 ? ranked[0].Similarity : 0, options.MaxRounds,
            $"{options.MaxRounds} round(s), {attempts.Count} attempt(s): {why}; candidates: {(top.Length == 0 ? "none" : top)}") { Attempts = attempts };
    }

    // Clear evidence: similar enough and ahead of the next; or, after a bigger change (a reworded label and a renamed
    // id at once), an identifier that did not change (test id, id or name attribute) with a wide lead.
    private static bool Clear(Candidate stored, Candidate best, double similarity, double runnerUp, HealingOptions options)
    {
        var lead = similarity - runnerUp;
        if (similarity >= options.Threshold && lead >= options.Margin)
        {
            return true;
        }

        var sameIdentifier = (stored.TestId is { } id && best.TestId?.Value == id.Value)
            || (stored.Id.Length > 0 && stored.Id == best.Id)
            || (stored.NameAttribute.Length > 0 && stored.NameAttribute == best.NameAttribute);
        return sameIdentifier && similarity >= options.Threshold - 0.15 && lead >= options.Margin * 3;
    }

    // Candidates that fit the action (and the step's item or row, when it names one), most like the stored element first.
    private static List<(Candidate Candidate, double Similarity)> Rank(PlanStep step, Candidate stored, IReadOnlyList<Candidate> candidates) =>
    [
        .. candidates
            .Where(c => c.Visible && CandidateScorer.RoleFit(step.Action, c) > 0 && (step.Scope is null || CandidateScorer.InScope(step.Scope, c)))
            .Select(c => (Candidate: c, Similarity: HealSimilarity.Of(stored, c.ToFingerprint())))
            .OrderByDescending(r => r.Similarity),
    ];

    private async Task<HealResult> RediscoverAsync(IPage page, PlanStep step, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await HealingReveal.RevealAsync(page, 1).ConfigureAwait(false);
        var resolution = await resolver.DiscoverAsync(page, step, budgetMs: 0, cancellationToken).ConfigureAwait(false);
        const string how = "no stored element to compare with, so discovery ran again after the page settled";
        var attempt = new HealTry(Rediscovery, 1, resolution.Element is not null, resolution.Element?.Score ?? 0, watch.ElapsedMilliseconds);
        if (resolution.Element is not { } element)
        {
            var why = resolution.Failure switch
            {
                ResolutionFailure.Ambiguous => "still several elements match about equally well",
                ResolutionFailure.NoUniqueLocator => "still no locator picks the element out alone",
                _ => "still no matching element",
            };
            return new HealResult(false, null, Rediscovery, 0, 1, $"{how}: {why}") { Attempts = [attempt] };
        }

        return new HealResult(true, element, Rediscovery, element.Score, 1, $"{how}: found {element.Locator}") { Attempts = [attempt] };
    }

    private async Task<StrategyHistory> HistoryAsync(SelectorKey key, CancellationToken cancellationToken)
    {
        try
        {
            return await history.GetStrategyHistoryAsync(key.Origin, key.ElementKey, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Without its history the healer still heals, in the default order.
            LogHistoryUnavailable(logger, exception);
            return new StrategyHistory([], []);
        }
    }

    private static string Describe(Candidate c) => $"<{c.Tag}{(c.Id.Length > 0 ? "#" + c.Id : "")}> '{(c.Name.Length > 0 ? c.Name : c.Text)}'";

    private static string Score(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Healed {Old} to {New} by {Strategy} (similarity {Similarity}, round {Round})")]
    private static partial void LogHealed(ILogger logger, LocatorSpec old, LocatorSpec @new, string strategy, double similarity, int round);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Heal history could not be read; strategies are tried in their default order")]
    private static partial void LogHistoryUnavailable(ILogger logger, Exception exception);
}
