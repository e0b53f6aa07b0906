using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pacts.Storage.Plans;

namespace Pacts.Storage.IntegrationTests;

/// <summary>The plan store contract on the embedded store (SQLite in a temporary data directory).</summary>
public sealed class EmbeddedPlanStoreTests : IDisposable
{
    private static readonly DateTimeOffset Created = DateTimeOffset.FromUnixTimeMilliseconds(1_780_000_000_000);

    private readonly string _directory = Directory.CreateTempSubdirectory("pacts-plans-").FullName;

    private ServiceProvider Open() => new ServiceCollection()
        .AddPactsStorage(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = _directory }).Build())
        .BuildServiceProvider();

    [Fact]
    public async Task Find_AfterSaveInAnotherProcess_ReturnsTheSamePlan()
    {
        var plan = new StoredPlan("a1b2", "login.txt", """{"lines":[{"line":7,"steps":[{"action":"click","target":"Go"}]}]}""", "openai:gpt-4o-mini", Created);
        await using (var first = Open())
        {
            await first.GetRequiredService<IPlanStore>().SaveAsync(plan, TestContext.Current.CancellationToken);
        }

        await using var second = Open();
        var found = await second.GetRequiredService<IPlanStore>().FindAsync("a1b2", TestContext.Current.CancellationToken);

        Assert.Equal(plan, found);
    }

    [Fact]
    public async Task Save_SameContentHashTwice_ReplacesTheFirst()
    {
        await using var services = Open();
        var plans = services.GetRequiredService<IPlanStore>();
        await plans.SaveAsync(new StoredPlan("h", "old.txt", "{}", "openai:gpt-4o-mini", Created), TestContext.Current.CancellationToken);
        var newer = new StoredPlan("h", "new.txt", """{"lines":[]}""", "anthropic:claude-3-5-haiku-latest", Created.AddHours(1));

        await plans.SaveAsync(newer, TestContext.Current.CancellationToken);

        Assert.Equal(newer, await plans.FindAsync("h", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Find_UnknownContentHash_ReturnsNull()
    {
        await using var services = Open();
        var plans = services.GetRequiredService<IPlanStore>();
        await plans.SaveAsync(new StoredPlan("known", "a.txt", "{}", "m", Created), TestContext.Current.CancellationToken);

        Assert.Null(await plans.FindAsync("unknown", TestContext.Current.CancellationToken));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
