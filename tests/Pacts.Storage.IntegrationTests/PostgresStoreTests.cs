using Microsoft.Extensions.DependencyInjection;

namespace Pacts.Storage.IntegrationTests;

/// <summary>The store contract on Postgres, through the same registration the service uses.</summary>
public sealed class PostgresStoreTests(MigratedDatabase database) : StoreContractTests, IClassFixture<MigratedDatabase>, IDisposable
{
    // Storage:DataDirectory is still bound (and validated) with Postgres configured.
    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-pg-").FullName;
    private TemporaryDatabase? _emptied;

    protected override async Task<ServiceProvider> OpenAsync()
    {
        _emptied ??= await database.EmptyAsync();
        return MigratedDatabase.Open(_emptied.ConnectionString, _directory);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
