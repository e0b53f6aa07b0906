using System.Text.Json;
using Dapper;
using Pacts.Storage.Metrics;

namespace Pacts.Storage.Embedded;

/// <summary>Metric samples in the embedded SQLite file.</summary>
internal sealed class SqliteMetricsStore(SqliteDatabase database) : IMetricsStore
{
    public async Task RecordAsync(MetricSample sample, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sample);
        const string sql = """
            INSERT INTO metrics (name, value, labels_json, recorded_at_ms) VALUES (@Name, @Value, @LabelsJson, @AtMs)
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            sample.Name,
            sample.Value,
            LabelsJson = JsonSerializer.Serialize(sample.Labels),
            AtMs = sample.At.ToUnixTimeMilliseconds(),
        }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<double> SumAsync(string name, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT coalesce(sum(value), 0.0) FROM metrics WHERE name = @Name AND recorded_at_ms >= @FromMs AND recorded_at_ms < @ToMs
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<double>(new CommandDefinition(
            sql, new { Name = name, FromMs = from.ToUnixTimeMilliseconds(), ToMs = to.ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
