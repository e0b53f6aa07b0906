using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Pacts.Service.Grpc;
using Pacts.Service.Hosting;

namespace Microsoft.AspNetCore.Builder;

public static class EndpointExtensions
{
    public static WebApplication MapPactsEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var examples = app.Services.GetRequiredService<IOptions<ExampleSitesOptions>>().Value;
        if (examples.Serve)
        {
            var sites = examples.ResolveSitesPath()
                ?? throw new InvalidOperationException("Examples:Serve is on but no examples/sites folder was found; set Examples:SitesPath.");
            var files = new PhysicalFileProvider(sites);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.MapGrpcService<RunGrpcService>();
        app.MapGrpcService<InsightsGrpcService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        app.Lifetime.ApplicationStarted.Register(() => PrintAddresses(app, examples));
        return app;
    }

    private static void PrintAddresses(WebApplication app, ExampleSitesOptions examples)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            var what = examples.Serve && address.TrimEnd('/') == examples.Url.TrimEnd('/') ? $"example sites: {address.TrimEnd('/')}/shop/" : $"gRPC (h2c): {address}";
            Console.WriteLine($"pacts: {what}");
        }
    }
}
