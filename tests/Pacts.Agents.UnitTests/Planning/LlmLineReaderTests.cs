using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pacts.Agents.Planning;
using Pacts.Agents.Planning.Llm;
using Pacts.Tests;

namespace Pacts.Agents.UnitTests.Planning;

/// <summary>The LLM fallback against a fake OpenAI / Anthropic endpoint on loopback.</summary>
public sealed class LlmLineReaderTests : IAsyncLifetime
{
    private const string Key = "sk-test-0123456789abcdef";

    private static readonly UnreadLine[] Asked =
    [
        new(4, 4, "Tick the box that says I agree", false),
        new(9, 4, "Put two Blue Mugs in the basket", false),
        new(12, 3, "The basket badge reads 2", true),
    ];

    private FakeLlmServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FakeLlmServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private SemanticKernelLineReader Reader(string provider, ILogger<SemanticKernelLineReader>? logger = null, TimeProvider? time = null) => new(
        Options.Create(new LlmOptions { Provider = provider, BaseUrl = _server.BaseUrl, Model = "fake-model", ApiKey = Key }),
        logger ?? NullLogger<SemanticKernelLineReader>.Instance,
        time ?? TimeProvider.System);

    /// <summary>Reads line 4 as a check, cannot read line 9, skips line 12 and answers a line nobody asked about.</summary>
    private static string Answer(string body) => """
        ```json
        {"lines":[
          {"line":4,"steps":[{"action":"check","target":"I agree","kind":"checkbox","ordinal":1}],"error":null},
          {"line":9,"steps":[],"error":"no action puts a quantity in a basket"},
          {"line":77,"steps":[{"action":"reload"}],"error":null}
        ]}
        ```
        """;

    [Theory]
    [InlineData(LlmOptions.OpenAi, "/v1/chat/completions")]
    [InlineData(LlmOptions.Anthropic, "/v1/messages")]
    public async Task ReadAsync_ProviderAnswers_GivesOneReadingPerAskedLine(string provider, string path)
    {
        _server.Responder = Answer;
        using var reader = Reader(provider);

        var readings = await reader.ReadAsync("shop.txt", Asked, TestContext.Current.CancellationToken);

        Assert.Equal([4, 9, 12], readings.Select(r => r.Line));
        Assert.Equal([new SpecStep("check", "I agree", Ordinal: "1", Kind: "checkbox")], readings[0].Steps);
        Assert.Null(readings[0].Error);
        Assert.Equal((0, "no action puts a quantity in a basket"), (readings[1].Steps.Count, readings[1].Error));
        Assert.Equal((0, LineReaderAnswer.NoReading), (readings[2].Steps.Count, readings[2].Error));
        var request = Assert.Single(_server.Requests);
        Assert.Equal((path, Key), (request.Path, request.ApiKey));
        Assert.Equal($"{provider}:fake-model", reader.Model);
    }

    [Fact]
    public async Task ReadAsync_OpenAi_AsksForTemperatureZeroAndAJsonObject()
    {
        using var reader = Reader(LlmOptions.OpenAi);

        await reader.ReadAsync("shop.txt", Asked, TestContext.Current.CancellationToken);

        var body = JsonNode.Parse(Assert.Single(_server.Requests).Body)!;
        Assert.Equal(0.0, (double)body["temperature"]!);
        Assert.Equal("json_object", (string?)body["response_format"]?["type"]);
        Assert.Equal("fake-model", (string?)body["model"]);
    }

    [Fact]
    public async Task ReadAsync_Anthropic_AsksForTemperatureZero()
    {
        using var reader = Reader(LlmOptions.Anthropic);

        await reader.ReadAsync("shop.txt", Asked, TestContext.Current.CancellationToken);

        var body = JsonNode.Parse(Assert.Single(_server.Requests).Body)!;
        Assert.Equal(0.0, (double)body["temperature"]!);
        Assert.Equal(("fake-model", LlmChatServices.MaxOutputTokens), ((string?)body["model"], (int)body["max_tokens"]!));
    }

    [Theory]
    [InlineData(LlmOptions.OpenAi)]
    [InlineData(LlmOptions.Anthropic)]
    public async Task ReadAsync_Prompt_ListsEveryActionTheFieldsAndTheNumberedLines(string provider)
    {
        using var reader = Reader(provider);

        await reader.ReadAsync("shop.txt", Asked, TestContext.Current.CancellationToken);

        var body = Assert.Single(_server.Requests).Body;
        var system = FakeLlmServer.SystemText(body);
        Assert.All(ActionNames.All, action => Assert.Contains(action, system, StringComparison.Ordinal));
        Assert.All(["action:", "target:", "value:", "values:", "within:", "ordinal:", "kind:", "{\"lines\":[{\"line\":"],
            field => Assert.Contains(field, system, StringComparison.Ordinal));
        Assert.Equal(
            [(4, "Tick the box that says I agree"), (9, "Put two Blue Mugs in the basket"), (12, "The basket badge reads 2")],
            FakeLlmServer.AskedLines(body));
        Assert.Contains("12 (expected result): The basket badge reads 2", FakeLlmServer.UserText(body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LlmOptions.OpenAi, "Sure! Here are your steps.")]
    [InlineData(LlmOptions.Anthropic, """{"lines":[{"line":4,"steps":[],"error":null,"confidence":0.9}]}""")]
    [InlineData(LlmOptions.OpenAi, """{"readings":[]}""")]
    [InlineData(LlmOptions.Anthropic, """{"lines":[{"line":4,"steps":[{"target":"no action"}]}]}""")]
    public async Task ReadAsync_AnswerNotTheShapeAskedFor_ThrowsLlmUnavailable(string provider, string content)
    {
        _server.Responder = _ => content;
        using var reader = Reader(provider);

        var error = await Assert.ThrowsAsync<LlmUnavailableException>(() => reader.ReadAsync("shop.txt", Asked, TestContext.Current.CancellationToken));

        Assert.Contains("not the JSON shape asked for", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LlmOptions.OpenAi)]
    [InlineData(LlmOptions.Anthropic)]
    public async Task ReadAsync_ResponseBodyNotJson_ThrowsLlmUnavailableNamingTheEndpoint(string provider)
    {
        _server.Behaviour = FakeLlmBehaviour.Garbage;
        using var reader = Reader(provider);

        var error = await Assert.ThrowsAsync<LlmUnavailableException>(() => reader.ReadAsync("shop.txt", Asked, TestContext.Current.CancellationToken));

        Assert.Contains(_server.BaseUrl, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LlmOptions.OpenAi)]
    [InlineData(LlmOptions.Anthropic)]
    public async Task ReadAsync_Http500_ThrowsLlmUnavailableWithStatusAndEndpointButNotTheKey(string provider)
    {
        _server.Behaviour = FakeLlmBehaviour.Fail;
        using var reader = Reader(provider);

        var error = await Assert.ThrowsAsync<LlmUnavailableException>(() => reader.ReadAsync("shop.txt", Asked, TestContext.Current.CancellationToken));

        Assert.Contains("HTTP 500", error.Message, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", error.Message, StringComparison.Ordinal);
        Assert.Contains("fake failure for key ***", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, _server.RequestCount);
    }

    [Fact]
    public async Task ReadAsync_NoAnswerWithinTheTimeout_ThrowsLlmUnavailableSayingSo()
    {
        _server.Behaviour = FakeLlmBehaviour.Hang;
        var time = new ManualTimeProvider();
        using var reader = Reader(LlmOptions.OpenAi, time: time);

        var reading = reader.ReadAsync("shop.txt", Asked, TestContext.Current.CancellationToken);
        await _server.WaitForRequestAsync(TimeSpan.FromSeconds(30));
        time.FireTimers();
        var error = await Assert.ThrowsAsync<LlmUnavailableException>(() => reading);

        Assert.Contains("did not answer within 60 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Answered_LogsOneInformationLineWithoutTheKey()
    {
        var logger = new ListLogger<SemanticKernelLineReader>();
        using var reader = Reader(LlmOptions.OpenAi, logger);

        await reader.ReadAsync("shop.txt", Asked, TestContext.Current.CancellationToken);

        var (level, message) = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Information, level);
        Assert.StartsWith("LLM read 3 lines of shop.txt with fake-model in ", message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsConfigured_NoProvider_IsFalseAndReadingThrows()
    {
        using var reader = new SemanticKernelLineReader(Options.Create(new LlmOptions()), NullLogger<SemanticKernelLineReader>.Instance, TimeProvider.System);

        Assert.False(reader.IsConfigured);
        Assert.Equal("none", reader.Model);
        await Assert.ThrowsAsync<InvalidOperationException>(() => reader.ReadAsync("shop.txt", Asked, TestContext.Current.CancellationToken));
        Assert.Equal(0, _server.RequestCount);
    }

    private sealed class ListLogger<T> : ILogger<T>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
