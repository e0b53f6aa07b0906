using System.Text.Json.Nodes;
using Pacts.Tests;
using Pacts.V1;

namespace Pacts.Service.FunctionalTests;

/// <summary>
/// The LLM fallback against a fake OpenAI-compatible server on loopback: the grammar's lines never reach it, and a
/// requirement that needed it is answered from the stored reading the second time.
/// </summary>
public sealed class LlmFallbackTests : IAsyncLifetime
{
    private FakeLlmServer? _llm;
    private PactsServiceFactory? _factory;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private FakeLlmServer Llm => _llm!;

    public async ValueTask InitializeAsync()
    {
        _llm = await FakeLlmServer.StartAsync();
        // "Make Ada the recorded name" is beyond the grammar; the fake reads it as a fill.
        _llm.Responder = body => new JsonObject
        {
            ["lines"] = new JsonArray([.. FakeLlmServer.AskedLines(body).Select(l => (JsonNode)new JsonObject
            {
                ["line"] = l.Line,
                ["steps"] = new JsonArray(new JsonObject { ["action"] = "fill", ["target"] = "Name", ["value"] = "Ada" }),
                ["error"] = null,
            })]),
        }.ToJsonString();
        _factory = new PactsServiceFactory(PactsServiceFactory.NewDataDirectory(), new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "openai",
            ["Llm:BaseUrl"] = _llm.BaseUrl,
            ["Llm:Model"] = "fake-model",
            ["Llm:ApiKey"] = "test-key",
        });
    }

    private static string NeedsLlm(string baseUrl) => $"""
        Test: Save a name the grammar cannot read
        URL: {baseUrl}/form.html
        Test Steps:
        1. Make Ada the recorded name
        2. Click the Save button
        Expected:
        - "Saved Ada" is visible
        """;

    [Fact]
    public async Task StartRun_GrammarCoversEveryLine_MakesNoLlmCall()
    {
        await using var site = await Fixtures.ServeAsync();

        var events = await RunCalls.RunAsync(_factory!.CreateRunClient(), "save.txt", Fixtures.SaveName(site.BaseUrl), cancellationToken: Token);

        Assert.Equal(RunStatus.Passed, events.Finished().Status);
        Assert.Equal(0, events.Finished().LlmCalls);
        Assert.Equal(0, Llm.RequestCount);
    }

    [Fact]
    public async Task StartRun_SameRequirementTwice_CallsTheLlmOnlyTheFirstTime()
    {
        await using var site = await Fixtures.ServeAsync();
        var client = _factory!.CreateRunClient();

        var first = await RunCalls.RunAsync(client, "llm.txt", NeedsLlm(site.BaseUrl), cancellationToken: Token);
        var second = await RunCalls.RunAsync(client, "llm.txt", NeedsLlm(site.BaseUrl), cancellationToken: Token);

        Assert.True(first.Finished().Status == RunStatus.Passed, first.Finished().ToString());
        Assert.Equal(1, first.Finished().LlmCalls);
        Assert.Equal(RunStatus.Passed, second.Finished().Status);
        Assert.Equal(0, second.Finished().LlmCalls);
        Assert.Equal(1, Llm.RequestCount);
        var asked = FakeLlmServer.AskedLines(Llm.Requests[0].Body);
        Assert.Equal([(4, "Make Ada the recorded name")], asked);
        var planned = first.First(e => e.KindCase == RunEvent.KindOneofCase.RunStarted).RunStarted.Plan.TestCases[0].Steps[0];
        Assert.Equal(("fill", "Name", "Ada", "llm"), (planned.Action, planned.Target, planned.Value, planned.Source));
    }

    [Fact]
    public async Task ValidateRequirement_InvalidLlmAnswer_IsAPlanErrorAtTheLine()
    {
        Llm.Responder = body => new JsonObject
        {
            ["lines"] = new JsonArray([.. FakeLlmServer.AskedLines(body).Select(l => (JsonNode)new JsonObject
            {
                ["line"] = l.Line,
                ["steps"] = new JsonArray(new JsonObject { ["action"] = "teleport", ["target"] = "Name" }),
                ["error"] = null,
            })]),
        }.ToJsonString();

        var response = await _factory!.CreateRunClient().ValidateRequirementAsync(
            new ValidateRequirementRequest { Requirement = new Requirement { Name = "bad.txt", Content = NeedsLlm("http://127.0.0.1:1") } },
            cancellationToken: Token);

        Assert.False(response.Valid);
        var error = Assert.Single(response.Errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("teleport", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, response.LlmCalls);
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_llm is not null)
        {
            await _llm.DisposeAsync();
        }
    }
}
