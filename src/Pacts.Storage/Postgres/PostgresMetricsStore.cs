using System.Text.Json;
using Dapper;
using Pacts.Storage.Metrics;

namespace Pacts.Storage.Postgres;

/// <summary>Metric samples in <c>metrics</c>; a total is <c>SUM(value)</c> over a window (ix_metrics_name_recorded_at).</summary>
internal sealed class PostgresMetricsStore(PostgresDatabase database) : IMetricsStore
{
    public async Task RecordAsync(MetricSample sample, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sample);
        const string sql = """
            INSERT INTO metrics (name, value, labels, recorded_at) VALUES (@Name, @Value, CAST(@Labels AS jsonb), @At)
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            sample.Name,
            sample.Value,
            Labels = JsonSerializer.Serialize(sample.Labels),
            At = sample.At.UtcDateTime,
        }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<double> SumAsync(string name, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT coalesce(sum(value), 0) FROM metrics WHERE name = @Name AND recorded_at >= @From AND recorded_at < @To
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<double>(new CommandDefinition(
            sql, new { Name = name, From = from.UtcDateTime, To = to.UtcDateTime }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
