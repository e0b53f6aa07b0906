using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pacts.Storage;
using Pacts.Storage.Artifacts;
using Pacts.Storage.Embedded;
using Pacts.Storage.Healing;
using Pacts.Storage.Insights;
using Pacts.Storage.Metrics;
using Pacts.Storage.Plans;
using Pacts.Storage.Postgres;
using Pacts.Storage.Redis;
using Pacts.Storage.Runs;
using Pacts.Storage.Selectors;

namespace Microsoft.Extensions.Hosting;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the stores. With <c>ConnectionStrings:Postgres</c> set (environment: <c>ConnectionStrings__Postgres</c>)
    /// runs, plans, the selector cache, heal history, artifacts, metrics and insights live in Postgres, whose schema is
    /// migrated at start-up, and a retention job removes unused cache entries; run writes (heal attempts and artifacts
    /// included) made while Postgres is unreachable wait in a spool file under
    /// <c>Storage:DataDirectory</c> and are written when it is back. With <c>ConnectionStrings:Redis</c> set as well,
    /// Redis answers selector lookups first. Without Postgres this is the embedded store: SQLite under
    /// <c>Storage:DataDirectory</c> and an in-process selector cache (Redis alone is not used: it is only a cache in
    /// front of Postgres). Either way <see cref="IRunRetentionStore"/> serves <see cref="AddPactsRunRetention"/>.
    /// </summary>
    public static IServiceCollection AddPactsStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => new SqliteDatabase(
            Path.GetFullPath(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory)));
        services.AddOptions<SelectorCacheOptions>()
            .Bind(configuration.GetSection(SelectorCacheOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var postgres = configuration.GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(postgres))
        {
            services.AddSingleton<IRunStore, SqliteRunStore>();
            services.AddSingleton<IPlanStore, SqlitePlanStore>();
            services.AddSingleton<ISelectorCache, EmbeddedSelectorCache>();
            services.AddSingleton<IHealHistoryStore, SqliteHealHistoryStore>();
            services.AddSingleton<IArtifactStore, SqliteArtifactStore>();
            services.AddSingleton<IMetricsStore, SqliteMetricsStore>();
            services.AddSingleton<IInsightsStore, SqliteInsightsStore>();
            services.AddSingleton<IRunRetentionStore, SqliteRunRetentionStore>();
            return services;
        }

        services.AddSingleton(sp => new PostgresDatabase(postgres, sp.GetRequiredService<ILoggerFactory>()));
        services.AddHostedService<PostgresStartup>();
        services.AddSingleton<PostgresRunStore>();
        services.AddSingleton<PostgresHealHistoryStore>();
        services.AddSingleton<PostgresArtifactStore>();
        services.AddSingleton<RunSpool>();
        services.AddSingleton<SpoolingRunStore>();
        services.AddSingleton<IRunStore>(sp => sp.GetRequiredService<SpoolingRunStore>());
        services.AddSingleton<IHealHistoryStore>(sp => sp.GetRequiredService<SpoolingRunStore>());
        services.AddSingleton<IArtifactStore>(sp => sp.GetRequiredService<SpoolingRunStore>());
        services.AddSingleton<IMetricsStore, PostgresMetricsStore>();
        services.AddSingleton<IInsightsStore, PostgresInsightsStore>();
        services.AddSingleton<IRunRetentionStore, PostgresRunRetentionStore>();
        services.AddHostedService<RunSpoolReplay>();
        services.AddSingleton<IPlanStore, PostgresPlanStore>();
        services.AddSingleton<PostgresSelectorCache>();
        services.AddHostedService<SelectorCacheRetention>();
        AddSelectorCache(services, configuration.GetConnectionString("Redis"));
        return services;
    }

    /// <summary>
    /// Adds the run retention job over the stores <see cref="AddPactsStorage"/> registered: finished runs started more
    /// than <c>Storage:RunRetentionDays</c> days ago (default 30; 0 or less: off) are deleted, then their folders under
    /// the directory <paramref name="artifactsDirectory"/> gives (one folder per run id, the service's to say where), as
    /// the service starts and every <c>Storage:RunRetentionInterval</c> (default an hour).
    /// </summary>
    public static IServiceCollection AddPactsRunRetention(this IServiceCollection services, Func<IServiceProvider, string> artifactsDirectory)
    {
        ArgumentNullException.ThrowIfNull(artifactsDirectory);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new RunRetention(
            sp.GetRequiredService<IRunRetentionStore>(),
            new RunFolders(artifactsDirectory(sp)),
            sp.GetRequiredService<IOptions<StorageOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<RunRetention>>()));
        services.AddHostedService(sp => sp.GetRequiredService<RunRetention>());
        return services;
    }

    private static void AddSelectorCache(IServiceCollection services, string? redis)
    {
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<ISelectorCache>(sp => sp.GetRequiredService<PostgresSelectorCache>());
            return;
        }

        services.AddMetrics();
        services.TryAddSingleton<SelectorCacheMetrics>();
        services.AddSingleton(_ => RedisConnection.Connect(redis));
        services.AddSingleton<RedisSelectorCache>();
        services.AddSingleton<ISelectorCache, TieredSelectorCache>();
    }
}
