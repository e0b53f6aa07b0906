using Pacts.Tests;
using Pacts.V1;

namespace Pacts.Service.FunctionalTests;

/// <summary>A run against a page changed since the cache learnt it: the drifted element is found again, the rest replays.</summary>
public sealed class CacheDriftTests : IDisposable
{
    private readonly PactsServiceFactory _factory = new(PactsServiceFactory.NewDataDirectory());
    private readonly DirectoryInfo _site = Directory.CreateTempSubdirectory("pacts-drift-");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CachedButtonRenamed_IsDiscoveredAgain_ActedOn_AndReplacedInTheCache()
    {
        Infrastructure.RequireChromium();
        var form = Path.Combine(_site.FullName, "form.html");
        File.Copy(Path.Combine(Fixtures.Directory, "form.html"), form);
        await using var site = await SiteServer.StartAsync(_site.FullName);
        var client = _factory.CreateRunClient();
        var requirement = Fixtures.SaveName(site.BaseUrl);
        var learnt = await RunCalls.RunAsync(client, "save.txt", requirement, cancellationToken: Token);
        Assert.Equal(RunStatus.Passed, learnt.Finished().Status);

        // The next release renames the button; the cached locator (its old name) finds nothing now.
        var html = await File.ReadAllTextAsync(form, Token);
        await File.WriteAllTextAsync(form, html.Replace(">Save</button>", ">Save profile</button>", StringComparison.Ordinal), Token);
        var drifted = await RunCalls.RunAsync(client, "save.txt", requirement, cancellationToken: Token);
        var replayed = await RunCalls.RunAsync(client, "save.txt", requirement, cancellationToken: Token);

        Assert.Equal(RunStatus.Passed, drifted.Finished().Status);
        var perStep = Sources(drifted);
        var renamed = Assert.Single(perStep, s => s.Value.Count == 2);
        Assert.Equal([true, false], renamed.Value.Select(FromCache));
        Assert.All(perStep.Where(s => s.Key != renamed.Key), s => Assert.True(FromCache(Assert.Single(s.Value))));
        Assert.Equal(RunStatus.Passed, replayed.Finished().Status);
        Assert.All(Sources(replayed).Values, s => Assert.True(FromCache(Assert.Single(s))));
    }

    private static bool FromCache(ElementSource source) => source is ElementSource.CacheMemory or ElementSource.CacheEmbedded;

    // Where each step's element came from, in order (a drifted step has two: the cache, then discovery).
    private static Dictionary<int, List<ElementSource>> Sources(IReadOnlyList<RunEvent> events) =>
        events.Where(e => e.KindCase == RunEvent.KindOneofCase.ElementResolved)
            .GroupBy(e => e.ElementResolved.StepIndex)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ElementResolved.Source).ToList());

    public void Dispose()
    {
        _factory.Dispose();
        _site.Delete(recursive: true);
    }
}
