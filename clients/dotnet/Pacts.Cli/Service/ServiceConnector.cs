using Grpc.Net.Client;

namespace Pacts.Cli.Service;

/// <summary>
/// Finds a service to talk to: the one named by --server or PACTS_SERVER; else a <c>pacts serve</c> already
/// running on the well-known port; else a local service started for this command and stopped after it.
/// </summary>
internal static class ServiceConnector
{
    public const string ServeUrl = "http://127.0.0.1:5251";

    private static readonly TimeSpan ExplicitServerTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ServeProbeTimeout = TimeSpan.FromSeconds(1);

    /// <param name="server">The --server option's value, if given.</param>
    /// <param name="exampleSites">
    /// Whether a local service should also serve the example sites. Runs need them; validation opens no page, and
    /// without them the local service needs no fixed port, so it starts even while another local service holds it.
    /// </param>
    /// <param name="cancellationToken">Stops the probes and the start.</param>
    /// <param name="store">
    /// A store the command asks for (<c>--store</c>): the settings of a local service started for it, which then never
    /// uses a running service whose store it cannot choose.
    /// </param>
    public static async Task<ServiceConnection> ConnectAsync(string? server, bool exampleSites, CancellationToken cancellationToken, StoreSettings? store = null)
    {
        var explicitUrl = !string.IsNullOrEmpty(server) ? server : Environment.GetEnvironmentVariable("PACTS_SERVER");
        if (store is not null)
        {
            if (!string.IsNullOrEmpty(explicitUrl))
            {
                throw new CliException($"--store {store.Name} starts a local service on that store; it cannot be used with --server or PACTS_SERVER");
            }

            var own = await LocalService.StartAsync(exampleSites, cancellationToken, store.Environment);
            return new ServiceConnection(own.CreateChannel(), own);
        }

        if (!string.IsNullOrEmpty(explicitUrl))
        {
            var source = !string.IsNullOrEmpty(server) ? "--server" : "PACTS_SERVER";
            var channel = GrpcChannel.ForAddress(Urls.Require(explicitUrl, source));
            var problem = await ServiceProbe.TryAsync(channel, ExplicitServerTimeout, cancellationToken);
            if (problem is not null)
            {
                channel.Dispose();
                throw new CliException($"cannot reach the Pacts service at {explicitUrl} ({source}): {problem}");
            }

            return new ServiceConnection(channel, local: null);
        }

        var serveChannel = GrpcChannel.ForAddress(ServeUrl);
        if (await ServiceProbe.TryAsync(serveChannel, ServeProbeTimeout, cancellationToken) is null)
        {
            await Console.Error.WriteLineAsync($"pacts: using the service at {ServeUrl}");
            return new ServiceConnection(serveChannel, local: null);
        }

        serveChannel.Dispose();
        var local = await LocalService.StartAsync(exampleSites, cancellationToken);
        return new ServiceConnection(local.CreateChannel(), local);
    }
}
