using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Pacts.V1;

namespace Pacts.Tests;

/// <summary>
/// The real service in memory (gRPC over the test server), with its embedded store in a data directory of the
/// test's own. Two factories on the same directory are a service restart.
/// </summary>
public sealed class PactsServiceFactory(string dataDirectory, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    private GrpcChannel? _channel;

    public string DataDirectory { get; } = dataDirectory;

    /// <summary>Everything the service logged at the levels it is configured to log.</summary>
    public CapturedLogs Logs { get; } = new();

    public static string NewDataDirectory() => Directory.CreateTempSubdirectory("pacts-test-").FullName;

    public RunService.RunServiceClient CreateRunClient() => new(Channel());

    public GrpcChannel Channel() => _channel ??= GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        // scripts/test exports a Postgres connection string for the storage tests; a service under test stays on its
        // own embedded store unless the test passes one in settings (a shared database would mix the tests' runs).
        builder.UseSetting("ConnectionStrings:Postgres", "");
        builder.UseSetting("Browser:ExecutablePath", Infrastructure.ChromiumPath);
        builder.UseSetting("Examples:Serve", "false");
        // Step screenshots and traces cost time on every run; the tests about them turn them on through settings.
        builder.UseSetting("Artifacts:Screenshots", "Failures");
        builder.UseSetting("Artifacts:Trace", "false");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Trace));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        _channel?.Dispose();
        base.Dispose(disposing);
    }
}
