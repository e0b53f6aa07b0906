using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Pacts.Storage.Embedded;
using Pacts.Storage.Postgres;
using Pacts.Storage.Redis;
using Pacts.Storage.Selectors;
using Pacts.Tests;
using Pacts.V1;
using StackExchange.Redis;

namespace Pacts.Bench;

/// <summary>
/// The seed's "5-loop cache validation" and more: the example requirements run five times on Postgres and Redis
/// (rounds 2 to 5 should come from Redis with no discovery), then Redis is emptied and a sixth round must come from
/// Postgres. Also the lookup latency of each layer and a cached run's wall time against the first run's.
/// </summary>
internal static class CacheBench
{
    private const int Rounds = 5;

    public static async Task<int> RunAsync(string[] args)
    {
        var postgresServer = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres");
        var redisServer = Environment.GetEnvironmentVariable("ConnectionStrings__Redis");
        if (string.IsNullOrEmpty(postgresServer) || string.IsNullOrEmpty(redisServer))
        {
            await Console.Error.WriteLineAsync("bench cache needs Postgres and Redis: scripts/services start && eval \"$(scripts/services env)\"").ConfigureAwait(false);
            return 2;
        }

        var lookups = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2_000;
        var root = Repo.Root();
        var database = $"pacts_bench_{Guid.NewGuid():N}"[..24];
        var prefix = $"pacts-bench:{Guid.NewGuid():N}:";
        await ExecuteAsync(postgresServer, $"CREATE DATABASE {database}").ConfigureAwait(false);
        using var redis = await ConnectionMultiplexer.ConnectAsync(redisServer).ConfigureAwait(false);
        try
        {
            var postgres = new NpgsqlConnectionStringBuilder(postgresServer) { Database = database }.ConnectionString;
            await using var site = await SiteServer.StartAsync(Path.Combine(root, "examples", "sites")).ConfigureAwait(false);
            await using var service = new PactsServiceFactory(PactsServiceFactory.NewDataDirectory(), new Dictionary<string, string?>
            {
                ["ConnectionStrings:Postgres"] = postgres,
                ["ConnectionStrings:Redis"] = redisServer,
                ["SelectorCache:RedisKeyPrefix"] = prefix,
            });
            var client = service.CreateRunClient();
            var examples = RepoPaths.PassingRequirements();

            var rounds = new List<Dictionary<string, object>>();
            for (var round = 1; round <= Rounds; round++)
            {
                rounds.Add(await RoundAsync(client, examples, site.BaseUrl, round).ConfigureAwait(false));
            }

            // Redis loses everything (a restart, an eviction): the next round must come from Postgres.
            await DeleteKeysAsync(redis, prefix).ConfigureAwait(false);
            rounds.Add(await RoundAsync(client, examples, site.BaseUrl, Rounds + 1).ConfigureAwait(false));

            var latency = await LookupLatencyAsync(service.Services, lookups).ConfigureAwait(false);
            var later = rounds.Skip(1).Take(Rounds - 1).ToList();
            var elements = later.Sum(r => (int)r["elements"]);
            var fromRedis = later.Sum(r => (int)r["hits_redis"]);
            var firstWall = Convert.ToDouble(rounds[0]["wall_ms"], CultureInfo.InvariantCulture);
            var cachedWall = Stats.Median(later.Select(r => Convert.ToDouble(r["wall_ms"], CultureInfo.InvariantCulture)).ToList());
            var figures = new Dictionary<string, object>
            {
                ["examples"] = examples.Count,
                ["rounds"] = rounds,
                ["rounds_2_to_5_redis_hit_rate"] = elements == 0 ? 0 : Math.Round((double)fromRedis / elements, 4),
                ["rounds_2_to_5_discovery_calls"] = later.Sum(r => (int)r["discovery_calls"]),
                ["round_6_postgres_hits"] = rounds[^1]["hits_postgres"],
                ["round_6_elements"] = rounds[^1]["elements"],
                ["lookup_latency_ms"] = latency,
                ["first_run_wall_ms"] = firstWall,
                ["cached_run_wall_ms"] = cachedWall,
                ["cached_to_first_run_ratio"] = Math.Round(cachedWall / firstWall, 3),
                ["lookups_per_layer"] = lookups,
                ["processor_count"] = Environment.ProcessorCount,
            };
            await Repo.WriteResultsAsync("cache", figures).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            await DeleteKeysAsync(redis, prefix).ConfigureAwait(false);
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(postgresServer, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)").ConfigureAwait(false);
        }
    }

    // One pass over the examples: where each element came from, and the wall time of the whole pass.
    private static async Task<Dictionary<string, object>> RoundAsync(RunService.RunServiceClient client, IReadOnlyList<string> examples, string baseUrl, int round)
    {
        var sources = new Dictionary<ElementSource, int>();
        var failed = new List<string>();
        var watch = Stopwatch.StartNew();
        foreach (var file in examples)
        {
            var events = await RunCalls.RunAsync(client, Path.GetFileName(file), await File.ReadAllTextAsync(file).ConfigureAwait(false), baseUrl).ConfigureAwait(false);
            foreach (var resolved in events.Where(e => e.KindCase == RunEvent.KindOneofCase.ElementResolved))
            {
                sources[resolved.ElementResolved.Source] = sources.GetValueOrDefault(resolved.ElementResolved.Source) + 1;
            }

            if (events.Finished().Status != RunStatus.Passed)
            {
                failed.Add(Path.GetFileName(file));
            }
        }

        var elapsed = Math.Round(watch.Elapsed.TotalMilliseconds, 1);
        int Count(ElementSource source) => sources.GetValueOrDefault(source);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"round {round}: {sources.Values.Sum()} elements, redis {Count(ElementSource.CacheRedis)}, postgres {Count(ElementSource.CachePostgres)}, discovery {Count(ElementSource.Discovery)}, {elapsed} ms{(failed.Count > 0 ? ", failed: " + string.Join(", ", failed) : "")}"));
        return new Dictionary<string, object>
        {
            ["round"] = round,
            ["elements"] = sources.Values.Sum(),
            ["hits_redis"] = Count(ElementSource.CacheRedis),
            ["hits_postgres"] = Count(ElementSource.CachePostgres),
            ["hits_other"] = Count(ElementSource.CacheMemory) + Count(ElementSource.CacheEmbedded),
            ["misses"] = Count(ElementSource.Discovery) + Count(ElementSource.Heal),
            ["discovery_calls"] = Count(ElementSource.Discovery),
            ["failed_runs"] = failed.Count,
            ["wall_ms"] = elapsed,
        };
    }

    // p50 and p99 of a lookup that hits, per layer: Redis alone, Postgres alone, and the embedded store (SQLite behind an
    // in-process dictionary, so a hit there is a dictionary read).
    private static async Task<Dictionary<string, object>> LookupLatencyAsync(IServiceProvider services, int lookups)
    {
        var key = new SelectorKey("bench", "http://bench.test", "/page", "click:button:go");
        var entry = new CachedSelector("{\"kind\":1,\"value\":\"button\",\"name\":\"Go\"}", "{\"tag\":\"button\",\"role\":\"button\",\"name\":\"Go\"}", 0.95, DateTimeOffset.UtcNow);
        var redis = services.GetRequiredService<RedisSelectorCache>();
        var postgres = services.GetRequiredService<PostgresSelectorCache>();
        var embedded = new EmbeddedSelectorCache(new SqliteDatabase(Directory.CreateTempSubdirectory("pacts-bench-").FullName));
        await redis.SetAsync(key, entry, CancellationToken.None).ConfigureAwait(false);
        await postgres.SetAsync(key, entry, CancellationToken.None).ConfigureAwait(false);
        await embedded.SetAsync(key, entry, CancellationToken.None).ConfigureAwait(false);
        var layers = new (string Name, Func<Task> Lookup)[]
        {
            ("redis", () => redis.GetAsync(key, CancellationToken.None)),
            ("postgres", () => postgres.GetAsync(key, CancellationToken.None)),
            ("embedded", () => embedded.GetAsync(key, CancellationToken.None)),
        };
        var times = layers.ToDictionary(l => l.Name, _ => new List<double>());
        for (var i = 0; i < lookups + 100; i++)
        {
            foreach (var (name, lookup) in layers)
            {
                var watch = Stopwatch.StartNew();
                await lookup().ConfigureAwait(false);
                if (i >= 100)
                {
                    times[name].Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        return times.ToDictionary(t => t.Key, t => (object)new Dictionary<string, double>
        {
            ["p50"] = Stats.Percentile(t.Value, 0.5),
            ["p99"] = Stats.Percentile(t.Value, 0.99),
        });
    }

    private static async Task DeleteKeysAsync(ConnectionMultiplexer redis, string prefix)
    {
        foreach (var endpoint in redis.GetEndPoints())
        {
            var server = redis.GetServer(endpoint);
            await foreach (var key in server.KeysAsync(pattern: prefix + "*").ConfigureAwait(false))
            {
                await redis.GetDatabase().KeyDeleteAsync(key).ConfigureAwait(false);
            }
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
