namespace Pacts.Storage.Healing;

/// <summary>
/// One healing attempt, successful or not. <see cref="Site"/> is the page's origin and <see cref="ElementKey"/> the
/// selector cache's element key, so the healer can ask how each strategy did for this element on this site.
/// </summary>
public sealed record HealAttempt(
    string? RunId,
    string Site,
    string ElementKey,
    string Strategy,
    bool Success,
    double? Similarity,
    string? OldLocator,
    string? NewLocator,
    long DurationMs,
    DateTimeOffset At);

/// <summary>How one strategy has done: attempts and how many of them healed.</summary>
public sealed record StrategyTally(string Strategy, long Attempts, long Successes)
{
    public double SuccessRate => Attempts == 0 ? 0 : (double)Successes / Attempts;
}

/// <summary>The record of every strategy for one site and element, and over everything, each ordered by strategy name.</summary>
public sealed record StrategyHistory(IReadOnlyList<StrategyTally> ForElement, IReadOnlyList<StrategyTally> Global);

/// <summary>Every healing attempt, kept beyond its run: what worked on a site is worth more than the run it happened in.</summary>
public interface IHealHistoryStore
{
    Task RecordAsync(HealAttempt attempt, CancellationToken cancellationToken);

    /// <summary>Per strategy: attempts and successes for this site and element, and globally.</summary>
    Task<StrategyHistory> GetStrategyHistoryAsync(string site, string elementKey, CancellationToken cancellationToken);
}
