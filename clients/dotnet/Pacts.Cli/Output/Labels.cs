using Pacts.V1;

namespace Pacts.Cli.Output;

/// <summary>Short human forms of the values the events carry.</summary>
internal static class Labels
{
    public static string Duration(long milliseconds) => milliseconds switch
    {
        < 1000 => $"{milliseconds} ms",
        < 60_000 => $"{milliseconds / 1000.0:0.0} s",
        _ => $"{milliseconds / 60_000}m {milliseconds % 60_000 / 1000:00}s",
    };

    public static string Source(ElementSource source, double? score) => source switch
    {
        ElementSource.Discovery => score is { } s ? $"discovery {s:0.00}" : "discovery",
        ElementSource.Heal => score is { } s ? $"heal {s:0.00}" : "heal",
        ElementSource.CacheMemory => "cache(memory)",
        ElementSource.CacheEmbedded => "cache(embedded)",
        ElementSource.CacheRedis => "cache(redis)",
        ElementSource.CachePostgres => "cache(postgres)",
        _ => "",
    };

    public static bool IsCache(ElementSource source) => source is ElementSource.CacheMemory
        or ElementSource.CacheEmbedded or ElementSource.CacheRedis or ElementSource.CachePostgres;

    /// <summary>The assertion actions share one short name; the step text says what is checked.</summary>
    public static string Action(string action) =>
        action.StartsWith("assert", StringComparison.Ordinal) ? "assert" : action;

    public static string Verdict(RunStatus status) => status switch
    {
        RunStatus.Passed => "PASSED",
        RunStatus.Failed => "FAILED",
        RunStatus.Cancelled => "CANCELLED",
        RunStatus.Error => "ERROR",
        RunStatus.Interrupted => "INTERRUPTED",
        RunStatus.Running => "RUNNING",
        _ => "UNKNOWN",
    };

    /// <summary>"expected X, found Y", or whichever half is known, or empty.</summary>
    public static string Mismatch(string expected, string actual) => (expected.Length, actual.Length) switch
    {
        ( > 0, > 0) => $"expected \"{expected}\", found \"{actual}\"",
        ( > 0, 0) => $"expected \"{expected}\"",
        (0, > 0) => $"found \"{actual}\"",
        _ => "",
    };
}
