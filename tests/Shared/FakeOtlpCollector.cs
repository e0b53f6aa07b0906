using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pacts.Tests;

/// <summary>
/// An OTLP/HTTP endpoint on loopback that keeps every export it receives. Span names travel as plain UTF-8 inside
/// the protobuf body, so a test can look for them without decoding OTLP.
/// </summary>
public sealed class FakeOtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _exports;

    private FakeOtlpCollector(WebApplication app, ConcurrentQueue<(string, byte[])> exports, string endpoint) =>
        (_app, _exports, Endpoint) = (app, exports, endpoint);

    public string Endpoint { get; }

    public static async Task<FakeOtlpCollector> StartAsync()
    {
        var exports = new ConcurrentQueue<(string, byte[])>();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetTempPath() });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/v1/{signal}", async (HttpContext context, string signal) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body).ConfigureAwait(false);
            exports.Enqueue(("/v1/" + signal, body.ToArray()));
            return Results.Ok();
        });
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeOtlpCollector(app, exports, address.TrimEnd('/'));
    }

    /// <summary>Every export received on one signal path (/v1/traces, /v1/metrics), as text for searching.</summary>
    public string Received(string path) =>
        string.Join('\n', _exports.Where(e => e.Path == path).Select(e => Encoding.UTF8.GetString(e.Body)));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync().ConfigureAwait(false);
}
