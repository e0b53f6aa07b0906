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
        };
        using (var factory = new PactsServiceFactory(PactsServiceFactory.NewDataDirectory(), settings))
        {
            var events = await RunCalls.RunAsync(factory.CreateRunClient(), "save.txt", Fixtures.SaveName(site.BaseUrl), cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(RunStatus.Passed, events.Finished().Status);
        }

        // Disposing the service flushes its exporters.
        var traces = collector.Received("/v1/traces");
        Assert.Contains("Pacts.Agents", traces, StringComparison.Ordinal);
        Assert.Contains("run", traces, StringComparison.Ordinal);
        Assert.Contains("step", traces, StringComparison.Ordinal);
        Assert.Contains("PomBuilder.resolve", traces, StringComparison.Ordinal);
        Assert.Contains("Executor.execute", traces, StringComparison.Ordinal);
        Assert.Contains("Planner.plan", traces, StringComparison.Ordinal);
        var metrics = collector.Received("/v1/metrics");
        Assert.Contains("pacts.runs", metrics, StringComparison.Ordinal);
        Assert.Contains("pacts.steps", metrics, StringComparison.Ordinal);
    }
}
