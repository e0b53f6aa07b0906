using Pacts.Storage.Runs;

namespace Pacts.Storage.Selectors;

/// <summary>
/// Identifies one element of one page: environment label, origin and path pattern scope the element key so that
/// different sites and environments never share a selector.
/// </summary>
public sealed record SelectorKey(string Environment, string Origin, string PathPattern, string ElementKey)
{
    public override string ToString() => $"{Environment}|{Origin}|{PathPattern}|{ElementKey}";
}

/// <summary>A remembered element: its locator and fingerprint as the agents serialised them.</summary>
public sealed record CachedSelector(string Locator, string Fingerprint, double Score, DateTimeOffset UpdatedAt);

public sealed record CacheHit(CachedSelector Selector, ElementOrigin Origin);

public interface ISelectorCache
{
    Task<CacheHit?> GetAsync(SelectorKey key, CancellationToken cancellationToken);

    Task SetAsync(SelectorKey key, CachedSelector selector, CancellationToken cancellationToken);

    Task RemoveAsync(SelectorKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Counts a hit the caller could not trust (the locator no longer finds the element it stored). The caller
    /// re-resolves and replaces the entry itself; this only records that it happened.
    /// </summary>
    Task RecordDriftAsync(SelectorKey key, CancellationToken cancellationToken) => Task.CompletedTask;
}
