using Grpc.Core;
using Grpc.Net.Client;
using Pacts.V1;

namespace Pacts.Cli.Service;

internal static class ServiceProbe
{
    /// <summary>Makes the cheapest call the service has; returns null when it answered, else why not.</summary>
    public static async Task<string?> TryAsync(GrpcChannel channel, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var client = new RunService.RunServiceClient(channel);
        try
        {
            await client.ListRunsAsync(
                new ListRunsRequest { PageSize = 1 },
                deadline: DateTime.UtcNow.Add(timeout),
                cancellationToken: cancellationToken);
            return null;
        }
        catch (RpcException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return ex.StatusCode == StatusCode.DeadlineExceeded
                ? $"no answer within {timeout.TotalSeconds:0.#} s"
                : RpcErrors.Describe(ex);
        }
    }
}
