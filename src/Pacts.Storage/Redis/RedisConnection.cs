using StackExchange.Redis;

namespace Pacts.Storage.Redis;

/// <summary>
/// Creates the process's one multiplexer. It must never hold a run up: it connects in the background when Redis is
/// away (<c>AbortOnConnectFail=false</c>), keeps reconnecting by itself, fails commands at once while disconnected
/// instead of queueing them, and gives each command a short timeout. Timeouts named in the connection string win.
/// </summary>
internal static class RedisConnection
{
    public static ConfigurationOptions Options(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ReconnectRetryPolicy = new ExponentialRetry(500, 5000);
        options.ClientName ??= "pacts";
        if (!Names(connectionString, "connectTimeout"))
        {
            options.ConnectTimeout = 2000;
        }

        if (!Names(connectionString, "syncTimeout"))
        {
            options.SyncTimeout = 1000;
        }

        if (!Names(connectionString, "asyncTimeout"))
        {
            options.AsyncTimeout = 1000;
        }

        return options;
    }

    public static IConnectionMultiplexer Connect(string connectionString) => ConnectionMultiplexer.Connect(Options(connectionString));

    private static bool Names(string connectionString, string setting) =>
        connectionString.Contains(setting + "=", StringComparison.OrdinalIgnoreCase);
}
