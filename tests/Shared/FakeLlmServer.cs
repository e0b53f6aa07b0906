using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pacts.Tests;

/// <summary>What the fake LLM does with the next requests.</summary>
public enum FakeLlmBehaviour
{
    /// <summary>Answers with <see cref="FakeLlmServer.Responder"/>'s content in the provider's envelope.</summary>
    Answer,

    /// <summary>HTTP 500 with an error body that echoes the API key it was sent, as careless proxies do.</summary>
    Fail,

    /// <summary>HTTP 200 whose body is not JSON at all.</summary>
    Garbage,

    /// <summary>Never answers (until the client gives up or the server is disposed).</summary>
    Hang,
}

/// <summary>One request the fake received: its path, body and the API key from its headers.</summary>
public sealed record FakeLlmRequest(string Path, string Body, string? ApiKey);

/// <summary>
/// An LLM endpoint on loopback speaking OpenAI's chat completions (<c>POST /v1/chat/completions</c>) and Anthropic's
/// messages (<c>POST /v1/messages</c>). <see cref="BaseUrl"/> (<c>http://127.0.0.1:port/v1</c>) is what
/// <c>Llm:BaseUrl</c> is set to for either provider.
/// </summary>
public sealed partial class FakeLlmServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<FakeLlmRequest> _requests = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private WebApplication? _app;

    private FakeLlmServer()
    {
    }

    /// <summary>The OpenAI-style base, including <c>/v1</c>; the Anthropic reader accepts it too.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Turns a request body into the answer's content (the text the model "wrote").</summary>
    public Func<string, string> Responder { get; set; } = DefaultAnswer;

    public FakeLlmBehaviour Behaviour { get; set; } = FakeLlmBehaviour.Answer;

    public int RequestCount => _requests.Count;

    public IReadOnlyList<FakeLlmRequest> Requests => [.. _requests];

    public static async Task<FakeLlmServer> StartAsync()
    {
        var server = new FakeLlmServer();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetTempPath() });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/v1/chat/completions", context => server.HandleAsync(context, OpenAiEnvelope));
        app.MapPost("/v1/messages", context => server.HandleAsync(context, AnthropicEnvelope));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server._app = app;
        server.BaseUrl = address.TrimEnd('/') + "/v1";
        return server;
    }

    /// <summary>Waits until a request has arrived (or the deadline passes, which fails the test).</summary>
    public async Task WaitForRequestAsync(TimeSpan deadline)
    {
        if (!await _arrived.WaitAsync(deadline).ConfigureAwait(false))
        {
            Assert.Fail($"No request reached the fake LLM within {deadline}.");
        }
    }

    /// <summary>The system prompt of a request of either provider.</summary>
    public static string SystemText(string requestBody)
    {
        var body = JsonNode.Parse(requestBody)!;
        return body["system"] is { } system
            ? Text(system)
            : string.Concat(Messages(body).Where(m => (string?)m["role"] is "system" or "developer").Select(m => Text(m["content"])));
    }

    /// <summary>The user message of a request of either provider.</summary>
    public static string UserText(string requestBody) =>
        string.Concat(Messages(JsonNode.Parse(requestBody)!).Where(m => (string?)m["role"] == "user").Select(m => Text(m["content"])));

    /// <summary>The numbered lines the user message asks about: <c>12: text</c> or <c>12 (expected result): text</c>.</summary>
    public static IReadOnlyList<(int Line, string Text)> AskedLines(string requestBody) =>
        [.. AskedLine().Matches(UserText(requestBody)).Select(m => (int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), m.Groups["text"].Value.Trim()))];

    /// <summary>Reads no line: an error for each one asked about.</summary>
    public static string DefaultAnswer(string requestBody) => new JsonObject
    {
        ["lines"] = new JsonArray([.. AskedLines(requestBody).Select(l => (JsonNode)new JsonObject
        {
            ["line"] = l.Line,
            ["steps"] = new JsonArray(),
            ["error"] = "the fake LLM reads nothing",
        })]),
    }.ToJsonString();

    private async Task HandleAsync(HttpContext context, Func<string, JsonObject, string> envelope)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var key = context.Request.Headers["x-api-key"].FirstOrDefault()
            ?? context.Request.Headers.Authorization.FirstOrDefault()?.Replace("Bearer ", string.Empty, StringComparison.Ordinal);
        _requests.Enqueue(new FakeLlmRequest(context.Request.Path, body, key));
        _arrived.Release();
        switch (Behaviour)
        {
            case FakeLlmBehaviour.Hang:
                using (var hang = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token))
                {
                    await Task.Delay(Timeout.Infinite, hang.Token).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
                }

                return;
            case FakeLlmBehaviour.Fail:
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await context.Response.WriteAsJsonAsync(new { error = new { type = "api_error", message = $"fake failure for key {key}" } }).ConfigureAwait(false);
                return;
            case FakeLlmBehaviour.Garbage:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("<html>this is not json", context.RequestAborted).ConfigureAwait(false);
                return;
            default:
                var request = JsonNode.Parse(body)!.AsObject();
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(envelope(Responder(body), request), context.RequestAborted).ConfigureAwait(false);
                return;
        }
    }

    private static string OpenAiEnvelope(string content, JsonObject request) => new JsonObject
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion",
        ["created"] = 1_780_000_000,
        ["model"] = (string?)request["model"],
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 20, ["total_tokens"] = 120 },
    }.ToJsonString();

    private static string AnthropicEnvelope(string content, JsonObject request) => new JsonObject
    {
        ["id"] = "msg_fake",
        ["type"] = "message",
        ["role"] = "assistant",
        ["model"] = (string?)request["model"],
        ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = content }),
        ["stop_reason"] = "end_turn",
        ["stop_sequence"] = null,
        ["usage"] = new JsonObject { ["input_tokens"] = 100, ["output_tokens"] = 20 },
    }.ToJsonString();

    private static IEnumerable<JsonNode> Messages(JsonNode body) => body["messages"]?.AsArray().OfType<JsonNode>() ?? [];

    /// <summary>Content is a string, or (Anthropic, newer OpenAI) an array of parts with <c>text</c>.</summary>
    private static string Text(JsonNode? content) => content switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => (string?)p?["text"] ?? string.Empty)),
        _ => string.Empty,
    };

    [GeneratedRegex(@"^(?<n>\d+)(?: \(expected result\))?: (?<text>.*)$", RegexOptions.Multiline)]
    private static partial Regex AskedLine();

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }

        _stopping.Dispose();
        _arrived.Dispose();
    }
}
