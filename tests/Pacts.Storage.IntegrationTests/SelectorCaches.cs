using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pacts.Storage.Selectors;
using StackExchange.Redis;

namespace Pacts.Storage.IntegrationTests;

/// <summary>
/// The stores as the service registers them for given connection strings, and a Redis key prefix of the test's own so
/// tests sharing one Redis never see each other's entries or counters. Disposing deletes the prefix's keys.
/// </summary>
internal sealed class SelectorCaches : IAsyncDisposable
{
    private readonly ConnectionMultiplexer? _redis;

    private SelectorCaches(string? redis)
    {
        Prefix = "pacts-test:" + Guid.NewGuid().ToString("N")[..12] + ":";
        if (redis is not null)
        {
            _redis = ConnectionMultiplexer.Connect(redis);
        }
    }

    public string Prefix { get; }

    /// <summary>The test's own view of Redis, unprefixed: keys are <see cref="Prefix"/> plus the name.</summary>
    public IDatabase Redis => (_redis ?? throw new InvalidOperationException("No Redis for this test.")).GetDatabase();

    public static SelectorCaches WithRedis(string redis) => new(redis);

    public static SelectorCaches WithoutRedis() => new(null);

    public ServiceProvider Open(string? postgres, string? redis, string dataDirectory, ILoggerProvider? logs = null, IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = postgres,
            ["ConnectionStrings:Redis"] = redis,
            ["Storage:DataDirectory"] = dataDirectory,
            [$"{SelectorCacheOptions.SectionName}:RedisKeyPrefix"] = Prefix,
        };
        // A null value would bind as the type's default (0), not leave the option's own default in place.
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            if (value is not null)
            {
                values[name] = value;
            }
        }

        return Storage(values, time, logs).BuildServiceProvider();
    }

    /// <summary>The stores as the service registers them from <paramref name="settings"/>, with the test's clock and log.</summary>
    public static IServiceCollection Storage(IDictionary<string, string?> settings, TimeProvider? time = null, ILoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        if (logs is not null)
        {
            services.AddLogging(builder => builder.AddProvider(logs));
        }

        return services.AddPactsStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
    }

    public async ValueTask DisposeAsync()
    {
        if (_redis is null)
        {
            return;
        }

        foreach (var endpoint in _redis.GetEndPoints())
        {
            var server = _redis.GetServer(endpoint);
            if (server.IsConnected)
            {
                await foreach (var key in server.KeysAsync(pattern: Prefix + "*"))
                {
                    await _redis.GetDatabase().KeyDeleteAsync(key);
                }
            }
        }

        await _redis.DisposeAsync();
    }
}
