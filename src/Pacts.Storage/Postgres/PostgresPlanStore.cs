using Dapper;
using Pacts.Storage.Plans;

namespace Pacts.Storage.Postgres;

/// <summary>Stored plans (the LLM fallback's readings) in Postgres, one row per content hash.</summary>
internal sealed class PostgresPlanStore(PostgresDatabase database) : IPlanStore
{
    public async Task<StoredPlan?> FindAsync(string contentHash, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT content_hash AS ContentHash, requirement_name AS RequirementName, plan_json AS PlanJson, model AS Model,
                   created_at AS CreatedAt
            FROM plans WHERE content_hash = @ContentHash
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<PlanRow>(
            new CommandDefinition(sql, new { ContentHash = contentHash }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRecord();
    }

    public async Task SaveAsync(StoredPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        const string sql = """
            INSERT INTO plans (content_hash, requirement_name, plan_json, model, created_at)
            VALUES (@ContentHash, @RequirementName, @PlanJson, @Model, @CreatedAt)
            ON CONFLICT (content_hash) DO UPDATE SET requirement_name = excluded.requirement_name,
                plan_json = excluded.plan_json, model = excluded.model, created_at = excluded.created_at
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            plan.ContentHash,
            plan.RequirementName,
            plan.PlanJson,
            plan.Model,
            CreatedAt = plan.CreatedAt.UtcDateTime,
        }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private sealed record PlanRow(string ContentHash, string RequirementName, string PlanJson, string Model, DateTime CreatedAt)
    {
        public StoredPlan ToRecord() => new(ContentHash, RequirementName, PlanJson, Model, PostgresDatabase.FromTimestamp(CreatedAt));
    }
}
