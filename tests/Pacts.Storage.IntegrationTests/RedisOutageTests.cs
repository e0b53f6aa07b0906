using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Pacts.Storage.Runs;
using Pacts.Storage.Selectors;
using Pacts.Tests;
using StackExchange.Redis;

namespace Pacts.Storage.IntegrationTests;

/// <summary>Redis stopped and started under a live cache: calls go on through Postgres, and Redis is used again.</summary>
public sealed class RedisOutageTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IDisposable
{
    private static readonly TimeSpan ReconnectTimeout = TimeSpan.FromSeconds(30);

    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-outage-").FullName;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Cache_RedisStoppedThenStarted_ServesPostgresWithOneWarningThenRedisAgain()
    {
        var postgres = (await database.EmptyAsync()).ConnectionString;
        await using var redis = await RedisServerProcess.StartAsync();
        await using var caches = SelectorCaches.WithoutRedis();
        using var logs = new CapturedLogs();
        await using var services = caches.Open(postgres, redis.ConnectionString, _directory, logs);
        var cache = services.GetRequiredService<ISelectorCache>();
        var first = SelectorCacheContractTests.Login;
        var second = first with { ElementKey = "fill|username||textbox" };
        var entry = SelectorCacheContractTests.Entry;
        await cache.SetAsync(first, entry, Cancel);
        Assert.Equal(ElementOrigin.CacheRedis, (await cache.GetAsync(first, Cancel))?.Origin);

        await redis.StopAsync();

        Assert.Equal(new CacheHit(entry, ElementOrigin.CachePostgres), await cache.GetAsync(first, Cancel));
        await cache.SetAsync(second, entry, Cancel);
        Assert.Equal(new CacheHit(entry, ElementOrigin.CachePostgres), await cache.GetAsync(second, Cancel));
        await cache.RecordDriftAsync(second, Cancel);
        await cache.RemoveAsync(first, Cancel);
        Assert.Null(await cache.GetAsync(first, Cancel));
        Assert.Single(logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("Redis is unavailable", StringComparison.Ordinal));

        await redis.RestartAsync();
        await WaitUntilConnectedAsync(services.GetRequiredService<IConnectionMultiplexer>());

        // The restarted server is empty: Postgres answers once and writes the entry back.
        Assert.Equal(ElementOrigin.CachePostgres, (await cache.GetAsync(second, Cancel))?.Origin);
        Assert.Equal(new CacheHit(entry, ElementOrigin.CacheRedis), await cache.GetAsync(second, Cancel));
        Assert.Contains(logs.Lines, line => line.Contains("Redis is back", StringComparison.Ordinal));
    }

    private static async Task WaitUntilConnectedAsync(IConnectionMultiplexer multiplexer)
    {
        var waited = Stopwatch.StartNew();
        while (!multiplexer.IsConnected)
        {
            Assert.True(waited.Elapsed < ReconnectTimeout, $"the multiplexer did not reconnect within {ReconnectTimeout}");
            // Polled: the multiplexer reconnects on its own schedule (its retry policy), which is what is under test.
            await Task.Delay(100, Cancel);
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
