using System.Text.Json;
using Dapper;
using Pacts.Storage.Runs;

namespace Pacts.Storage.Postgres;

/// <summary>Runs and steps in Postgres. Times are written as UTC and read back as UTC offsets.</summary>
internal sealed class PostgresRunStore(PostgresDatabase database) : IRunStore
{
    private const string RunColumns = """
        run_id AS RunId, requirement_name AS RequirementName, status AS Status, started_at AS StartedAt,
        finished_at AS FinishedAt, test_cases_passed AS TestCasesPassed, test_cases_failed AS TestCasesFailed,
        steps_passed AS StepsPassed, steps_failed AS StepsFailed, message AS Message, labels::text AS Labels
        """;

    public async Task CreateRunAsync(RunRecord run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        const string sql = """
            INSERT INTO runs (run_id, requirement_name, status, started_at, labels)
            VALUES (@RunId, @RequirementName, @Status, @StartedAt, CAST(@Labels AS jsonb))
            ON CONFLICT (run_id) DO NOTHING
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            run.RunId,
            run.RequirementName,
            Status = run.State.ToString(),
            StartedAt = run.StartedAt.UtcDateTime,
            Labels = JsonSerializer.Serialize(run.Labels),
        }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task AddStepAsync(StepRecord step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        const string sql = """
            INSERT INTO run_steps
                (run_id, test_case_index, step_index, action, text, line, status, origin, locator, duration_ms, message)
            VALUES (@RunId, @TestCaseIndex, @StepIndex, @Action, @Text, @Line, @Status, @Origin, @Locator, @DurationMs, @Message)
            ON CONFLICT (run_id, test_case_index, step_index) DO UPDATE SET
                action = excluded.action, text = excluded.text, line = excluded.line, status = excluded.status,
                origin = excluded.origin, locator = excluded.locator, duration_ms = excluded.duration_ms,
                message = excluded.message, recorded_at = now()
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            step.RunId,
            step.TestCaseIndex,
            step.StepIndex,
            step.Action,
            step.Text,
            step.Line,
            Status = step.State.ToString(),
            Origin = step.Origin.ToString(),
            step.Locator,
            step.DurationMs,
            step.Message,
        }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task FinishRunAsync(string runId, RunState state, RunCounts counts, string? message, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counts);
        const string sql = """
            UPDATE runs SET status = @Status, finished_at = @FinishedAt, test_cases_passed = @TestCasesPassed,
                test_cases_failed = @TestCasesFailed, steps_passed = @StepsPassed, steps_failed = @StepsFailed, message = @Message
            WHERE run_id = @RunId
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            RunId = runId,
            Status = state.ToString(),
            FinishedAt = finishedAt.UtcDateTime,
            counts.TestCasesPassed,
            counts.TestCasesFailed,
            counts.StepsPassed,
            counts.StepsFailed,
            Message = message,
        }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<RunRecord?> GetRunAsync(string runId, CancellationToken cancellationToken)
    {
        const string sql = $"SELECT {RunColumns} FROM runs WHERE run_id = @RunId";
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<RunRow>(
            new CommandDefinition(sql, new { RunId = runId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRecord();
    }

    public async Task<IReadOnlyList<StepRecord>> GetStepsAsync(string runId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT run_id AS RunId, test_case_index AS TestCaseIndex, step_index AS StepIndex, action AS Action, text AS Text,
                   line AS Line, status AS Status, origin AS Origin, locator AS Locator, duration_ms AS DurationMs, message AS Message
            FROM run_steps WHERE run_id = @RunId ORDER BY test_case_index, step_index
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<StepRow>(
            new CommandDefinition(sql, new { RunId = runId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToRecord())];
    }

    public async Task<IReadOnlyList<RunRecord>> ListRunsAsync(int limit, CancellationToken cancellationToken)
    {
        const string sql = $"SELECT {RunColumns} FROM runs ORDER BY started_at DESC, run_id DESC LIMIT @Limit";
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<RunRow>(
            new CommandDefinition(sql, new { Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToRecord())];
    }

    public async Task<int> MarkUnfinishedRunsInterruptedAsync(CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE runs SET status = 'Interrupted', message = 'The service stopped before this run finished.'
            WHERE status = 'Running'
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(sql, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private sealed record RunRow(
        string RunId, string RequirementName, string Status, DateTime StartedAt, DateTime? FinishedAt, int TestCasesPassed,
        int TestCasesFailed, int StepsPassed, int StepsFailed, string? Message, string Labels)
    {
        public RunRecord ToRecord() => new(
            RunId,
            RequirementName,
            Enum.Parse<RunState>(Status),
            PostgresDatabase.FromTimestamp(StartedAt),
            FinishedAt is { } finished ? PostgresDatabase.FromTimestamp(finished) : null,
            new RunCounts(TestCasesPassed, TestCasesFailed, StepsPassed, StepsFailed),
            Message,
            JsonSerializer.Deserialize<Dictionary<string, string>>(Labels) ?? []);
    }

    private sealed record StepRow(
        string RunId, int TestCaseIndex, int StepIndex, string Action, string Text, int Line, string Status, string Origin,
        string? Locator, long DurationMs, string? Message)
    {
        public StepRecord ToRecord() => new(
            RunId, TestCaseIndex, StepIndex, Action, Text, Line, Enum.Parse<StepState>(Status),
            Enum.Parse<ElementOrigin>(Origin), Locator, DurationMs, Message);
    }
}
