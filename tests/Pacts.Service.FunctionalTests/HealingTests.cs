using Microsoft.Extensions.DependencyInjection;
using Pacts.Storage.Healing;
using Pacts.Storage.Selectors;
using Pacts.Tests;
using Pacts.V1;

namespace Pacts.Service.FunctionalTests;

/// <summary>
/// The OracleHealer through the service: a reworded button is healed to the same element by its fingerprint, the heal
/// history orders the next heal, and Healing:Mode=suggest leaves the cache as it was.
/// </summary>
public sealed class HealingTests : IDisposable
{
    private readonly PactsServiceFactory _factory = new(PactsServiceFactory.NewDataDirectory(), new Dictionary<string, string?> { ["Healing:Mode"] = "suggest" });
    private readonly DirectoryInfo _site = Directory.CreateTempSubdirectory("pacts-heal-");

    // The step says "Save"; the button's id says something else, so only the words find it, until they change.
    private const string Page = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Profile</title><link rel="icon" href="data:,"></head>
        <body>
          <h1>Profile</h1>
          <label for="name">Name</label>
          <input id="name" name="name">
          <button type="button" id="submit-profile" class="primary">Save</button>
          <p id="result" role="status"></p>
          <script>
            document.getElementById('submit-profile').addEventListener('click', () => {
              document.getElementById('result').textContent = 'Saved ' + document.getElementById('name').value;
            });
          </script>
        </body></html>
        """;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RewordedButton_HealsByItsId_TheOracleTriesThatFirstNextTime_AndSuggestModeKeepsTheCache()
    {
        Infrastructure.RequireChromium();
        var form = Path.Combine(_site.FullName, "form.html");
        await File.WriteAllTextAsync(form, Page, Token);
        await using var site = await SiteServer.StartAsync(_site.FullName);
        var client = _factory.CreateRunClient();
        var requirement = Fixtures.SaveName(site.BaseUrl);
        Assert.Equal(RunStatus.Passed, (await RunCalls.RunAsync(client, "save.txt", requirement, cancellationToken: Token)).Finished().Status);
        var cache = _factory.Services.GetRequiredService<ISelectorCache>();
        var entries = await CacheEntriesAsync(cache, site.BaseUrl);

        // A release rewords the button: nothing in it matches the step's words now; its id and its place are unchanged.
        await File.WriteAllTextAsync(form, Page.Replace(">Save</button>", ">Keep changes</button>", StringComparison.Ordinal), Token);
        var first = await RunCalls.RunAsync(client, "save.txt", requirement, cancellationToken: Token);
        var second = await RunCalls.RunAsync(client, "save.txt", requirement, cancellationToken: Token);

        foreach (var run in new[] { first, second })
        {
            Assert.Equal(RunStatus.Passed, run.Finished().Status);
            var heal = Assert.Single(run, e => e.KindCase == RunEvent.KindOneofCase.StepHealed).StepHealed;
            Assert.True(heal.Healed, heal.Note);
            Assert.Equal("id", heal.Strategy);
            Assert.Contains("Save", heal.OldLocator, StringComparison.Ordinal);
            Assert.Contains("Keep changes", heal.NewLocator, StringComparison.Ordinal);
        }

        var (firstTried, secondTried) = (Tried(first), Tried(second));
        Assert.True(secondTried.Count < firstTried.Count, $"the second heal tried {string.Join(", ", secondTried)}; the first {string.Join(", ", firstTried)}");
        Assert.Equal(["id"], secondTried);
        var history = await _factory.Services.GetRequiredService<IHealHistoryStore>().GetStrategyHistoryAsync(site.BaseUrl, "click|save||button|", Token);
        Assert.Equal((2, 2), history.ForElement.Where(t => t.Strategy == "id").Select(t => (t.Attempts, t.Successes)).Single());
        Assert.All(history.ForElement.Where(t => t.Strategy != "id"), t => Assert.Equal(0, t.Successes));
        // Suggest mode: healed in both runs, but the cache holds what the first run learnt.
        Assert.Equal(entries, await CacheEntriesAsync(cache, site.BaseUrl));
    }

    private static List<string> Tried(IReadOnlyList<RunEvent> run) =>
        [.. run.Single(e => e.KindCase == RunEvent.KindOneofCase.StepHealed).StepHealed.StrategiesTried];

    private static async Task<List<string>> CacheEntriesAsync(ISelectorCache cache, string baseUrl)
    {
        var entries = new List<string>();
        foreach (var element in new[] { "input|name||field|", "click|save||button|" })
        {
            var hit = await cache.GetAsync(new SelectorKey("default", baseUrl, "/form.html", element), Token);
            entries.Add(hit?.Selector.Locator ?? "(none)");
        }

        Assert.DoesNotContain("(none)", entries);
        return entries;
    }

    public void Dispose()
    {
        _factory.Dispose();
        _site.Delete(recursive: true);
    }
}
