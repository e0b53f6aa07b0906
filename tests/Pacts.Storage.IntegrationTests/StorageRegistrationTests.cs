using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Pacts.Storage.Artifacts;
using Pacts.Storage.Embedded;
using Pacts.Storage.Healing;
using Pacts.Storage.Insights;
using Pacts.Storage.Metrics;
using Pacts.Storage.Plans;
using Pacts.Storage.Postgres;
using Pacts.Storage.Runs;
using Pacts.Storage.Selectors;

namespace Pacts.Storage.IntegrationTests;

/// <summary>Which stores AddPactsStorage picks, and how the Postgres start-up behaves when the server is away.</summary>
public sealed class StorageRegistrationTests : IDisposable
{
    // Nothing listens on port 1: connections are refused at once.
    private const string Unreachable = "Host=127.0.0.1;Port=1;Database=pacts;Username=pacts;Password=x;Timeout=2";

    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-reg-").FullName;

    [Fact]
    public async Task AddPactsStorage_NoConnectionString_UsesTheEmbeddedStores()
    {
        await using var services = EmbeddedStoreTests.Open(_directory);

        Assert.IsType<SqliteRunStore>(services.GetRequiredService<IRunStore>());
        Assert.IsType<SqlitePlanStore>(services.GetRequiredService<IPlanStore>());
        Assert.IsType<SqliteHealHistoryStore>(services.GetRequiredService<IHealHistoryStore>());
        Assert.IsType<SqliteArtifactStore>(services.GetRequiredService<IArtifactStore>());
        Assert.IsType<SqliteMetricsStore>(services.GetRequiredService<IMetricsStore>());
        Assert.IsType<SqliteInsightsStore>(services.GetRequiredService<IInsightsStore>());
        Assert.DoesNotContain(services.GetServices<IHostedService>(), s => s is PostgresStartup);
    }

    [Fact]
    public async Task AddPactsStorage_PostgresConnectionString_UsesThePostgresStoresAndMigratesAtStart()
    {
        await using var services = MigratedDatabase.Open(Unreachable, _directory);

        Assert.IsType<SpoolingRunStore>(services.GetRequiredService<IRunStore>());
        Assert.Contains(services.GetServices<IHostedService>(), s => s is RunSpoolReplay);
        Assert.IsType<PostgresPlanStore>(services.GetRequiredService<IPlanStore>());
        // Heal attempts and artifacts reference their run, so they wait in the run spool with it.
        Assert.Same(services.GetRequiredService<IRunStore>(), services.GetRequiredService<IHealHistoryStore>());
        Assert.Same(services.GetRequiredService<IRunStore>(), services.GetRequiredService<IArtifactStore>());
        Assert.IsType<PostgresMetricsStore>(services.GetRequiredService<IMetricsStore>());
        Assert.IsType<PostgresInsightsStore>(services.GetRequiredService<IInsightsStore>());
        Assert.IsType<PostgresSelectorCache>(services.GetRequiredService<ISelectorCache>());
        Assert.Contains(services.GetServices<IHostedService>(), s => s is PostgresStartup);
        Assert.Contains(services.GetServices<IHostedService>(), s => s is SelectorCacheRetention);
    }

    [Fact]
    public async Task AddPactsStorage_PostgresAndRedis_PutsRedisInFrontOfPostgresEvenWhenRedisIsDown()
    {
        await using var caches = SelectorCaches.WithoutRedis();
        await using var services = caches.Open(Unreachable, "127.0.0.1:1", _directory);

        Assert.IsType<TieredSelectorCache>(services.GetRequiredService<ISelectorCache>());
    }

    [Fact]
    public async Task AddPactsStorage_RedisWithoutPostgres_UsesTheEmbeddedCache()
    {
        await using var caches = SelectorCaches.WithoutRedis();
        await using var services = caches.Open(null, "127.0.0.1:1", _directory);

        Assert.IsType<EmbeddedSelectorCache>(services.GetRequiredService<ISelectorCache>());
        Assert.DoesNotContain(services.GetServices<IHostedService>(), s => s is SelectorCacheRetention);
    }

    [Theory]
    [InlineData("SelectorCache:RedisTtl", "00:00:00")]
    [InlineData("SelectorCache:RedisTtl", "2.00:00:00")]
    [InlineData("SelectorCache:RetentionDays", "0")]
    [InlineData("SelectorCache:RetentionInterval", "00:00:00")]
    public async Task SelectorCacheOptions_OutOfRange_FailValidation(string setting, string value)
    {
        await using var caches = SelectorCaches.WithoutRedis();
        await using var services = caches.Open(null, null, _directory, settings: new Dictionary<string, string?> { [setting] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SelectorCacheOptions>>().Value);
        Assert.Contains(setting.Split(':')[1], failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelectorCacheOptions_Unset_AreTheDocumentedDefaults()
    {
        await using var services = EmbeddedStoreTests.Open(_directory);

        var options = services.GetRequiredService<IOptions<SelectorCacheOptions>>().Value;

        Assert.Equal((TimeSpan.FromHours(1), 7, TimeSpan.FromHours(1)), (options.RedisTtl, options.RetentionDays, options.RetentionInterval));
    }

    [Fact]
    public async Task Start_PostgresUnreachable_StartsAnywayAndStoreCallsFailUntilItIsBack()
    {
        await using var services = MigratedDatabase.Open(Unreachable, _directory);
        var startup = services.GetServices<IHostedService>().OfType<PostgresStartup>().Single();

        await startup.StartAsync(TestContext.Current.CancellationToken);

        Assert.False(services.GetRequiredService<PostgresDatabase>().IsMigrated);
        await Assert.ThrowsAnyAsync<Exception>(() => services.GetRequiredService<IRunStore>().ListRunsAsync(5, TestContext.Current.CancellationToken));
        await startup.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Start_AppliedMigrationEdited_RefusesToStart()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        await using (var first = MigratedDatabase.Open(database.ConnectionString, _directory))
        {
            await first.GetServices<IHostedService>().OfType<PostgresStartup>().Single().StartAsync(TestContext.Current.CancellationToken);
        }

        await database.ExecuteAsync("UPDATE schema_migrations SET checksum = 'edited-after-it-was-applied' WHERE version = 1");
        await using var second = MigratedDatabase.Open(database.ConnectionString, _directory);
        var startup = second.GetServices<IHostedService>().OfType<PostgresStartup>().Single();

        var refused = await Assert.ThrowsAsync<MigrationChangedException>(() => startup.StartAsync(TestContext.Current.CancellationToken));
        Assert.Contains("0001_create_runs", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
