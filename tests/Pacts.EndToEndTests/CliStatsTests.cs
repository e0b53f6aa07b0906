using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pacts.Storage.Healing;
using Pacts.Storage.Runs;
using Pacts.Storage.Selectors;
using Google.Protobuf;
using Pacts.Tests;
using GetCacheStatsResponse = Pacts.V1.GetCacheStatsResponse;
using GetDailySuccessRateResponse = Pacts.V1.GetDailySuccessRateResponse;
using GetHealingStatsResponse = Pacts.V1.GetHealingStatsResponse;
using ListRecentRunsResponse = Pacts.V1.ListRecentRunsResponse;

namespace Pacts.EndToEndTests;

/// <summary>
/// <c>pacts stats</c>, run as a process against a real service whose store holds a run, a heal attempt and a cached
/// selector. The records are written through the service's own stores, so no browser is needed.
/// </summary>
public sealed class CliStatsTests(KestrelServiceFixture service) : IClassFixture<KestrelServiceFixture>
{
    [Fact]
    public async Task Stats_AfterARunWithAHeal_ShowsEveryTableAsTextAndAsJson()
    {
        var cancel = TestContext.Current.CancellationToken;
        var now = DateTimeOffset.UtcNow;
        var runId = "stats-" + Guid.NewGuid().ToString("N")[..8];
        var runs = service.Services.GetRequiredService<IRunStore>();
        await runs.CreateRunAsync(new RunRecord(runId, "checkout.txt", RunState.Running, now, null, RunCounts.Zero, null, new Dictionary<string, string>()), cancel);
        await runs.AddStepAsync(new StepRecord(runId, 0, 1, "click", "Click Checkout", 4, StepState.Passed, ElementOrigin.Heal, "text=Checkout", 90, null), cancel);
        await service.Services.GetRequiredService<IHealHistoryStore>().RecordAsync(
            new HealAttempt(runId, "http://shop.test", "click|checkout|||", "rediscovery", true, 0.95, "#pay", "text=Checkout", 42, now), cancel);
        await runs.FinishRunAsync(runId, RunState.Passed, new RunCounts(1, 0, 1, 0), null, now.AddSeconds(2), cancel);
        await service.Services.GetRequiredService<ISelectorCache>().SetAsync(
            new SelectorKey("default", "http://shop.test", "/cart.html", "click|checkout|||"), new CachedSelector("text=Checkout", "{}", 0.95, now), cancel);

        var text = await CliProcess.RunAsync(RepoPaths.Root, ["stats", "--server", service.Url], cancellationToken: cancel);
        var json = await CliProcess.RunAsync(RepoPaths.Root, ["stats", "--server", service.Url, "--days", "7", "--output", "json"], cancellationToken: cancel);

        Assert.True(text.ExitCode == 0, text.ToString());
        var lines = text.StdoutLines;
        Assert.Equal(["Selector cache", "Healing by strategy", "Daily success (last 30 days, UTC)", "Recent runs"],
            lines.Where(l => l is "Selector cache" or "Healing by strategy" or "Recent runs" || l.StartsWith("Daily success", StringComparison.Ordinal)));
        Assert.Matches(@"^default\s+http://shop\.test\s+/cart\.html\s+1\s+0\s+0\.950\s+0\s", Assert.Single(lines, l => l.StartsWith("default ", StringComparison.Ordinal)));
        Assert.Matches(@"^rediscovery\s+1\s+1\s+100\.00 %\s+42 ms$", Assert.Single(lines, l => l.StartsWith("rediscovery", StringComparison.Ordinal)));
        Assert.Matches(@"^\S+\s+1\s+1\s+0\s+100\.00 %$", Assert.Single(lines, l => l.StartsWith(now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        Assert.Matches(@"^\S+\s+checkout\.txt\s+PASSED\s+.+\s+2\.0 s\s+1\s+0\s+0\s+1$", Assert.Single(lines, l => l.StartsWith(runId, StringComparison.Ordinal)));

        Assert.True(json.ExitCode == 0, json.ToString());
        using var document = JsonDocument.Parse(Assert.Single(json.StdoutLines));
        var parser = JsonParser.Default;
        var recent = parser.Parse<ListRecentRunsResponse>(document.RootElement.GetProperty("recentRuns").GetRawText());
        var daily = parser.Parse<GetDailySuccessRateResponse>(document.RootElement.GetProperty("daily").GetRawText());
        var healing = parser.Parse<GetHealingStatsResponse>(document.RootElement.GetProperty("healing").GetRawText());
        var cache = parser.Parse<GetCacheStatsResponse>(document.RootElement.GetProperty("cache").GetRawText());
        Assert.Equal((runId, 1L, 1L), (recent.Runs[0].RunId, recent.Runs[0].StepsHealed, recent.Runs[0].HealEvents));
        Assert.Equal((1L, 100.0), (daily.Days[0].TotalRuns, daily.Days[0].SuccessRate));
        Assert.Equal(("rediscovery", 1L), (healing.Strategies[0].Strategy, healing.Strategies[0].Successes));
        Assert.Equal("/cart.html", Assert.Single(cache.Scopes).PathPattern);
    }
}
