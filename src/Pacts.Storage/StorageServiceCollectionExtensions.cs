using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pacts.Storage;
using Pacts.Storage.Embedded;
using Pacts.Storage.Plans;
using Pacts.Storage.Runs;
using Pacts.Storage.Selectors;

namespace Microsoft.Extensions.Hosting;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the stores. With no connection strings configured this is the embedded store: SQLite under
    /// <c>Storage:DataDirectory</c> and an in-process selector cache written through to it.
    /// </summary>
    public static IServiceCollection AddPactsStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => new SqliteDatabase(
            Path.GetFullPath(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory)));
        services.AddSingleton<IRunStore, SqliteRunStore>();
        services.AddSingleton<ISelectorCache, EmbeddedSelectorCache>();
        services.AddSingleton<IPlanStore, SqlitePlanStore>();
        return services;
    }
}
