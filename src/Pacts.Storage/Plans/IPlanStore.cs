namespace Pacts.Storage.Plans;

/// <summary>
/// A stored reading of a requirement, keyed by the SHA-256 of its content: what the LLM fallback answered for the lines
/// the grammar could not read, so the same requirement never calls the LLM twice.
/// </summary>
public sealed record StoredPlan(string ContentHash, string RequirementName, string PlanJson, string Model, DateTimeOffset CreatedAt);

public interface IPlanStore
{
    Task<StoredPlan?> FindAsync(string contentHash, CancellationToken cancellationToken);

    /// <summary>Stores or replaces the plan for its content hash.</summary>
    Task SaveAsync(StoredPlan plan, CancellationToken cancellationToken);
}
