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

    private readonly SemaphoreSlim _arrived;

    private FakeOtlpCollector(WebApplication app, ConcurrentQueue<(string, byte[])> exports, SemaphoreSlim arrived, string endpoint) =>
        (_app, _exports, _arrived, Endpoint) = (app, exports, arrived, endpoint);

    public string Endpoint { get; }


    /// <summary>
    /// Waits, export by export, until what arrived on <paramref name="path"/> contains every one of
    /// <paramref name="needles"/>, or the deadline passes; returns what arrived either way.
    /// </summary>
    public async Task<string> WaitForAsync(string path, IReadOnlyList<string> needles, TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        var received = Received(path);
        while (!needles.All(n => received.Contains(n, StringComparison.Ordinal)))
        {
            try
            {
                await _arrived.WaitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            received = Received(path);
        }

        return received;
    }

    public static async Task<FakeOtlpCollector> StartAsync()
    {
        var exports = new ConcurrentQueue<(string, byte[])>();
        var arrived = new SemaphoreSlim(0);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetTempPath() });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/v1/{signal}", async (HttpContext context, string signal) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body).ConfigureAwait(false);
            exports.Enqueue(("/v1/" + signal, body.ToArray()));
            arrived.Release();
            return Results.Ok();
        });
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeOtlpCollector(app, exports, arrived, address.TrimEnd('/'));
    }

    /// <summary>Every export received on one signal path (/v1/traces, /v1/metrics), as text for searching.</summary>
    public string Received(string path) =>
        string.Join('\n', _exports.Where(e => e.Path == path).Select(e => Encoding.UTF8.GetString(e.Body)));

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync().ConfigureAwait(false);
        _arrived.Dispose();
    }
}
