using Grpc.Core;
using Pacts.Tests;
using Pacts.V1;

namespace Pacts.Service.FunctionalTests;

/// <summary>InsightsService over gRPC, on the embedded store of a service that has just run requirements.</summary>
public sealed class InsightsServiceTests : IDisposable
{
    // A short step timeout: the failing run looks for a button that never comes, then heals once.
    private readonly PactsServiceFactory _factory = new(PactsServiceFactory.NewDataDirectory(), new Dictionary<string, string?> { ["Execution:StepTimeoutMs"] = "2000" });

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private InsightsService.InsightsServiceClient Client() => new(_factory.Channel());

    [Fact]
    public async Task Insights_AfterAPassingAndAFailingRun_ShowBothRunsTheHealAndTheDay()
    {
        await using var site = await Fixtures.ServeAsync();
        var runs = _factory.CreateRunClient();
        var passed = await RunCalls.RunAsync(runs, "save.txt", Fixtures.SaveName(site.BaseUrl), cancellationToken: Token);
        var failed = await RunCalls.RunAsync(runs, new StartRunRequest
        {
            Requirement = new Requirement { Name = "wait.txt", Content = Fixtures.WaitsForever(site.BaseUrl).Replace("Never There", "{{label}}", StringComparison.Ordinal) },
            // A secret in the target: the heal row's element key holds the target's text, and must not hold the secret.
            Secrets = { ["label"] = "Never There" },
        }, Token);
        var client = Client();

        var recent = await client.ListRecentRunsAsync(new ListRecentRunsRequest { PageSize = 5 }, cancellationToken: Token);
        var heals = await client.ListRecentHealsAsync(new ListRecentHealsRequest(), cancellationToken: Token);
        var healing = await client.GetHealingStatsAsync(new GetHealingStatsRequest(), cancellationToken: Token);
        var daily = await client.GetDailySuccessRateAsync(new GetDailySuccessRateRequest(), cancellationToken: Token);
        var cache = await client.GetCacheStatsAsync(new GetCacheStatsRequest(), cancellationToken: Token);

        Assert.Equal([failed[0].RunId, passed[0].RunId], recent.Runs.Select(r => r.RunId));
        var pass = recent.Runs[1];
        Assert.Equal((RunStatus.Passed, "save.txt", 4L, 2L, 1L, 0L), (pass.Status, pass.RequirementName, pass.StepsTotal, pass.StepsDiscovered, pass.StepsFromCache, pass.HealEvents));
        Assert.True(pass.DurationMs > 0, pass.ToString());
        var fail = recent.Runs[0];
        Assert.Equal((RunStatus.Failed, 1L, 1L), (fail.Status, fail.StepsTotal, fail.HealEvents));

        var heal = Assert.Single(heals.Heals);
        var origin = new Uri(site.BaseUrl).GetLeftPart(UriPartial.Authority);
        Assert.Equal((failed[0].RunId, origin, "rediscovery", false), (heal.RunId, heal.Site, heal.Strategy, heal.Success));
        Assert.StartsWith("click|", heal.ElementKey, StringComparison.Ordinal);
        Assert.Contains("•••", heal.ElementKey, StringComparison.Ordinal);
        Assert.DoesNotContain("never", heal.ElementKey, StringComparison.OrdinalIgnoreCase);
        var strategy = Assert.Single(healing.Strategies);
        Assert.Equal(("rediscovery", 1L, 0L, 0.0), (strategy.Strategy, strategy.Attempts, strategy.Successes, strategy.SuccessRate));

        var today = Assert.Single(daily.Days);
        Assert.Equal((DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 2L, 1L, 1L, 50.0),
            (today.Date, today.TotalRuns, today.PassedRuns, today.FailedRuns, today.SuccessRate));

        var page = Assert.Single(cache.Scopes, s => s.Origin == origin && s.PathPattern == "/form.html");
        Assert.Equal(("default", 2L), (page.Environment, page.Entries));
        Assert.Null(cache.Counters);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3651)]
    public async Task GetDailySuccessRate_DaysOutOfRange_IsInvalidArgument(int days)
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await Client().GetDailySuccessRateAsync(new GetDailySuccessRateRequest { Days = days }, cancellationToken: Token));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("days must be between 1 and 3650", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListRecentRuns_NegativePageSize_IsInvalidArgument()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await Client().ListRecentRunsAsync(new ListRecentRunsRequest { PageSize = -1 }, cancellationToken: Token));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
