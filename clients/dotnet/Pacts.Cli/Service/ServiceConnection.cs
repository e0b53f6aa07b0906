using Grpc.Net.Client;
using Pacts.V1;

namespace Pacts.Cli.Service;

/// <summary>A channel to the service, and the local service process when we started one (stopped on dispose).</summary>
internal sealed class ServiceConnection(GrpcChannel channel, LocalService? local) : IAsyncDisposable
{
    public RunService.RunServiceClient Client { get; } = new(channel);

    public InsightsService.InsightsServiceClient Insights { get; } = new(channel);

    /// <summary>When a call failed because the local service died, its last output explains why.</summary>
    public string? CrashReport() => local?.CrashReport();

    public async ValueTask DisposeAsync()
    {
        channel.Dispose();
        if (local is not null)
        {
            await local.DisposeAsync();
        }
    }
}
