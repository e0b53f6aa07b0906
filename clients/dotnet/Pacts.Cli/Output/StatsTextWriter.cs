using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Pacts.Cli.Commands;

namespace Pacts.Cli.Output;

/// <summary><c>pacts stats</c> as text: one titled table per question, a line of its own when there is nothing to show.</summary>
internal static class StatsTextWriter
{
    public static void Write(TextWriter writer, Stats stats, int days)
    {
        writer.WriteLine("Selector cache");
        Section(writer, "no cached selectors yet", ["environment", "origin", "path", "entries", "hits", "avg score", "stale", "last used"],
            [.. stats.Cache.Scopes.Select(s => new[]
            {
                s.Environment, s.Origin, s.PathPattern, Number(s.Entries), Number(s.Hits), s.AvgScore.ToString("0.000", CultureInfo.InvariantCulture),
                Number(s.StaleEntries), When(s.LastUsedAt),
            })]);
        writer.WriteLine(stats.Cache.Counters is { } c
            ? $"live counters: {Number(c.HitsRedis)} Redis hits, {Number(c.HitsPostgres)} Postgres hits, {Number(c.Misses)} misses, {Number(c.Drift)} drift"
            : "live counters: none (they are kept in Redis)");

        writer.WriteLine();
        writer.WriteLine("Healing by strategy");
        Section(writer, "no healing attempts yet", ["strategy", "attempts", "successes", "rate", "avg time"],
            [.. stats.Healing.Strategies.Select(s => new[]
            {
                s.Strategy, Number(s.Attempts), Number(s.Successes), Percent(s.SuccessRate), $"{Number(s.AvgDurationMs)} ms",
            })]);

        writer.WriteLine();
        writer.WriteLine($"Daily success (last {days} days, UTC)");
        Section(writer, "no finished runs in that time", ["date", "runs", "passed", "failed", "rate"],
            [.. stats.Daily.Days.Select(d => new[] { d.Date, Number(d.TotalRuns), Number(d.PassedRuns), Number(d.FailedRuns), Percent(d.SuccessRate) })]);

        writer.WriteLine();
        writer.WriteLine("Recent runs");
        Section(writer, "no runs recorded yet", ["run", "requirement", "verdict", "started", "took", "steps", "cache", "discovered", "healed"],
            [.. stats.RecentRuns.Runs.Select(r => new[]
            {
                r.RunId, r.RequirementName, r.Status.ToString().ToUpperInvariant(), When(r.StartedAt),
                r.FinishedAt is null ? "" : $"{(r.DurationMs / 1000.0).ToString("0.0", CultureInfo.InvariantCulture)} s",
                Number(r.StepsTotal), Number(r.StepsFromCache), Number(r.StepsDiscovered), Number(r.StepsHealed),
            })]);
    }

    private static void Section(TextWriter writer, string empty, string[] header, string[][] rows)
    {
        if (rows.Length == 0)
        {
            writer.WriteLine(empty);
            return;
        }

        TextTable.Write(writer, header, rows);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + " %";

    private static string When(Timestamp? at) =>
        at?.ToDateTimeOffset().ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "";
}
