using Pacts.Storage.Runs;
using Pacts.Storage.Selectors;

namespace Pacts.Agents.Discovery;

/// <summary>The element a step will act on: its locator, fingerprint, score and the margin over the runner-up.</summary>
public sealed record ResolvedElement(LocatorSpec Locator, Candidate Fingerprint, double Score, double Margin)
{
    /// <summary>
    /// False for a cached element not yet checked against the page: the action confirms it as it looks it up (see
    /// <see cref="CacheGuard"/>), and a mismatch there sends the step back to discovery.
    /// </summary>
    public bool Confirmed { get; init; } = true;

    /// <summary>The cache entry for this element, stored at <paramref name="at"/>.</summary>
    public CachedSelector ToCached(DateTimeOffset at) =>
        new(Locator.Serialize(), System.Text.Json.JsonSerializer.Serialize(Fingerprint, Candidate.Json), Score, at);
}

public enum ResolutionFailure
{
    None,
    NotFound,
    Ambiguous,
    NoUniqueLocator,
}

/// <summary>What the PomBuilder answered for a step: an element and where it came from, or why there is none.</summary>
public sealed record Resolution(
    ResolvedElement? Element,
    ElementOrigin Origin,
    long DurationMs,
    ResolutionFailure Failure,
    string? Message,
    IReadOnlyList<ScoredCandidate> TopCandidates)
{
    public bool Succeeded => Element is not null;

    /// <summary>The cached element that no longer matched, when the step had one: the healer's fingerprint to look for.</summary>
    public ResolvedElement? Drifted { get; init; }

    public static Resolution Found(ResolvedElement element, ElementOrigin origin, long durationMs) =>
        new(element, origin, durationMs, ResolutionFailure.None, null, []);

    public static Resolution Failed(ResolutionFailure failure, string message, IReadOnlyList<ScoredCandidate> top, long durationMs) =>
        new(null, ElementOrigin.None, durationMs, failure, message, top);
}
