using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Pacts.Agents;
using Pacts.Agents.Reporting;
using Pacts.Service.Hosting;
using Pacts.Storage;

namespace Microsoft.Extensions.Hosting;

public static class ServiceDefaults
{
    /// <summary>
    /// Telemetry (exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set), the example sites' plain HTTP endpoint
    /// when Examples:Serve is on, the start-up housekeeping and the run retention job (old runs and their files).
    /// </summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("pacts"))
            .WithTracing(tracing => tracing.AddSource(PactsTelemetry.Name).AddAspNetCoreInstrumentation())
            .WithMetrics(metrics => metrics.AddMeter(PactsTelemetry.Name, StorageTelemetry.MeterName));
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        builder.Services.AddOptions<ExampleSitesOptions>()
            .Bind(builder.Configuration.GetSection(ExampleSitesOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (builder.Configuration.GetValue<bool>("Examples:Serve"))
        {
            var url = builder.Configuration["Examples:Url"] ?? ExampleSitesOptions.DefaultUrl;
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Kestrel:Endpoints:Examples:Url"] = url,
                ["Kestrel:Endpoints:Examples:Protocols"] = "Http1",
            });
        }

        builder.Services.AddHostedService<StartupHousekeeping>();
        // The run folders are the artifacts directory's (Agents says where it is); the runs are the store's.
        builder.Services.AddPactsRunRetention(sp => sp.GetRequiredService<ArtifactFiles>().Root);
        return builder;
    }
}
