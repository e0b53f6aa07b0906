using Pacts.Tests;
using Pacts.V1;

namespace Pacts.Service.FunctionalTests;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Run_WithAnOtlpEndpoint_ExportsRunStepAndPluginSpansAndCounters()
    {
        await using var site = await Fixtures.ServeAsync();
        await using var collector = await FakeOtlpCollector.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
        };
        using var factory = new PactsServiceFactory(PactsServiceFactory.NewDataDirectory(), settings);
        var events = await RunCalls.RunAsync(factory.CreateRunClient(), "save.txt", Fixtures.SaveName(site.BaseUrl), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(RunStatus.Passed, events.Finished().Status);

        // Exports are batched: wait for them export by export, with a deadline rather than a sleep.
        string[] spans = ["Pacts.Agents", "run", "test case", "step", "Planner.plan", "PomBuilder.resolve", "Executor.execute"];
        var traces = await collector.WaitForAsync("/v1/traces", spans, TimeSpan.FromSeconds(30));
        var metrics = await collector.WaitForAsync("/v1/metrics", ["pacts.runs", "pacts.steps"], TimeSpan.FromSeconds(30));

        Assert.All(spans, span => Assert.Contains(span, traces, StringComparison.Ordinal));
        Assert.Contains("pacts.runs", metrics, StringComparison.Ordinal);
        Assert.Contains("pacts.steps", metrics, StringComparison.Ordinal);
    }
}
