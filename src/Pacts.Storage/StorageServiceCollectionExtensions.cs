using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pacts.Storage;
using Pacts.Storage.Embedded;
using Pacts.Storage.Plans;
using Pacts.Storage.Postgres;
using Pacts.Storage.Runs;
using Pacts.Storage.Selectors;

namespace Microsoft.Extensions.Hosting;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the stores. With <c>ConnectionStrings:Postgres</c> set (environment: <c>ConnectionStrings__Postgres</c>)
    /// runs and plans live in Postgres, whose schema is migrated at start-up. Otherwise this is the embedded store:
    /// SQLite under <c>Storage:DataDirectory</c>. The selector cache is the embedded one (in-process, written through to
    /// the SQLite file) either way, for now.
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
        services.AddSingleton<ISelectorCache, EmbeddedSelectorCache>();

        var postgres = configuration.GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(postgres))
        {
            services.AddSingleton<IRunStore, SqliteRunStore>();
            services.AddSingleton<IPlanStore, SqlitePlanStore>();
            return services;
        }

        services.AddSingleton(sp => new PostgresDatabase(postgres, sp.GetRequiredService<ILoggerFactory>()));
        services.AddHostedService<PostgresStartup>();
        services.AddSingleton<IRunStore, PostgresRunStore>();
        services.AddSingleton<IPlanStore, PostgresPlanStore>();
        return services;
    }
}
