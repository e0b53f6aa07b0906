using System.Diagnostics.CodeAnalysis;

namespace Pacts.Tests;

/// <summary>
/// What a test needs from the machine. Missing infrastructure skips the test on a developer machine and fails it
/// under CI=true, so CI can never pass by skipping.
/// </summary>
public static class Infrastructure
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void RequireChromium()
    {
        if (!File.Exists(ChromiumPath))
        {
            Missing($"Chromium is not installed at {ChromiumPath} (apt-get install chromium).");
        }
    }

    /// <summary>The Postgres server the tests may create databases on (<c>scripts/services env</c> sets it), or null.</summary>
    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") is { Length: > 0 } value ? value : null;

    public static string RequirePostgres()
    {
        var connectionString = PostgresConnectionString;
        if (connectionString is null)
        {
            Missing("ConnectionStrings__Postgres is not set (scripts/services start, then eval \"$(scripts/services env)\").");
        }

        return connectionString;
    }

    /// <summary>The Redis server the tests may use (<c>scripts/services env</c> sets it), or null.</summary>
    public static string? RedisConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Redis") is { Length: > 0 } value ? value : null;

    public static string RequireRedis()
    {
        var connectionString = RedisConnectionString;
        if (connectionString is null)
        {
            Missing("ConnectionStrings__Redis is not set (scripts/services start, then eval \"$(scripts/services env)\").");
        }

        return connectionString;
    }

    /// <summary>The <c>redis-server</c> program, for tests that start and stop a server of their own.</summary>
    public static string RequireRedisServer()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, "redis-server"))
            .FirstOrDefault(File.Exists);
        if (found is null)
        {
            Missing("redis-server is not installed (apt-get install redis-server, or scripts/services start).");
        }

        return found;
    }

    [DoesNotReturn]
    public static void Missing(string message)
    {
        if (IsCi)
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }
}
