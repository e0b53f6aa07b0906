using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Pacts.Storage.IntegrationTests;

/// <summary>The store contract on the embedded store: SQLite in a temporary data directory of each test's own.</summary>
public sealed class EmbeddedStoreTests : StoreContractTests, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-store-").FullName;

    internal static ServiceProvider Open(string directory) => new ServiceCollection()
        .AddPactsStorage(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = directory }).Build())
        .BuildServiceProvider();

    protected override Task<ServiceProvider> OpenAsync() => Task.FromResult(Open(_directory));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
