using Dapper;
using Pacts.Storage.Plans;

namespace Pacts.Storage.Embedded;

/// <summary>Stored plans (the LLM fallback's readings) in the embedded SQLite file, one row per content hash.</summary>
internal sealed class SqlitePlanStore(SqliteDatabase database) : IPlanStore
{
    public async Task<StoredPlan?> FindAsync(string contentHash, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT content_hash AS ContentHash, requirement_name AS RequirementName, plan_json AS PlanJson, model AS Model,
                   created_at_ms AS CreatedAtMs
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
            INSERT OR REPLACE INTO plans (content_hash, requirement_name, plan_json, model, created_at_ms)
            VALUES (@ContentHash, @RequirementName, @PlanJson, @Model, @CreatedAtMs)
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            plan.ContentHash,
            plan.RequirementName,
            plan.PlanJson,
            plan.Model,
            CreatedAtMs = plan.CreatedAt.ToUnixTimeMilliseconds(),
        }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private sealed record PlanRow(string ContentHash, string RequirementName, string PlanJson, string Model, long CreatedAtMs)
    {
        public StoredPlan ToRecord() =>
            new(ContentHash, RequirementName, PlanJson, Model, DateTimeOffset.FromUnixTimeMilliseconds(CreatedAtMs));
    }
}
