using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using Anthropic;
using Anthropic.Core;
using Anthropic.Models.Messages;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace Pacts.Agents.Planning.Llm;

/// <summary>
/// Semantic Kernel chat completion for the configured provider, over one shared <see cref="HttpClient"/>. Neither SDK
/// retries: one reading is one request, and the caller's timeout covers the whole call.
/// </summary>
internal static class LlmChatServices
{
    /// <summary>Room for the answer: a requirement's unread lines rarely need more than a few hundred tokens.</summary>
    public const int MaxOutputTokens = 4096;

    public static IChatCompletionService Create(LlmOptions options, HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.EffectiveProvider switch
        {
            LlmOptions.OpenAi => OpenAi(options, http),
            LlmOptions.Anthropic => Anthropic(options, http),
            _ => throw new InvalidOperationException($"No LLM provider is configured ({LlmOptions.SectionName}:Provider is {options.EffectiveProvider})."),
        };
    }

    /// <summary>Temperature 0 and a JSON object, whichever way the provider's connector understands them.</summary>
    public static PromptExecutionSettings Settings(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.EffectiveProvider == LlmOptions.OpenAi)
        {
            return new OpenAIPromptExecutionSettings { Temperature = 0, ResponseFormat = "json_object", MaxTokens = MaxOutputTokens };
        }

        // Through a chat client Semantic Kernel reads these loosely typed keys, and reliably only from the base settings
        // type. Anthropic has no JSON mode without a schema: the prompt and the strict parse hold the shape.
        return new PromptExecutionSettings
        {
            ExtensionData = new Dictionary<string, object>
            {
                ["temperature"] = 0f,
                ["max_tokens"] = MaxOutputTokens,
            },
        };
    }

    /// <summary>The endpoint as shown in messages and logs: scheme, host, port and path, never user info or a query.</summary>
    public static string Endpoint(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri)
            ? uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.Unescaped).TrimEnd('/')
            : "(no endpoint)";
    }

    private static OpenAIChatCompletionService OpenAi(LlmOptions options, HttpClient http)
    {
        var client = new OpenAIClient(
            // A local OpenAI-compatible server may want no key, but the SDK insists on one.
            new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "none" : options.ApiKey),
            new OpenAIClientOptions
            {
                Endpoint = new Uri(options.BaseUrl!),
                Transport = new HttpClientPipelineTransport(http),
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = Timeout.InfiniteTimeSpan,
            });
        return new OpenAIChatCompletionService(options.Model!, client);
    }

    private static IChatCompletionService Anthropic(LlmOptions options, HttpClient http)
    {
        var client = new AnthropicClient(new ClientOptions
        {
            ApiKey = options.ApiKey,
            BaseUrl = AnthropicRoot(options.BaseUrl!),
            HttpClient = http,
            MaxRetries = 0,
            Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
        });
        var model = options.Model!;
        return client.AsIChatClient(model, MaxOutputTokens)
            .AsBuilder()
            .ConfigureOptions(o => o.RawRepresentationFactory ??= _ => WithSampling(o, model))
            .Build()
            .AsChatCompletionService();
    }

    /// <summary>
    /// The SDK's chat client drops <see cref="ChatOptions.Temperature"/> (its request type has no temperature any
    /// more), so the request starts from raw parameters that carry it; the client adds the messages.
    /// </summary>
    private static MessageCreateParams WithSampling(ChatOptions options, string model)
    {
        var body = new Dictionary<string, JsonElement>
        {
            ["model"] = JsonSerializer.SerializeToElement(options.ModelId ?? model),
            ["max_tokens"] = JsonSerializer.SerializeToElement(options.MaxOutputTokens ?? MaxOutputTokens),
            ["messages"] = JsonSerializer.SerializeToElement(Array.Empty<string>()),
        };
        if (options.Temperature is { } temperature)
        {
            body["temperature"] = JsonSerializer.SerializeToElement(temperature);
        }

        return MessageCreateParams.FromRawUnchecked(new Dictionary<string, JsonElement>(), new Dictionary<string, JsonElement>(), body);
    }

    /// <summary>The SDK appends <c>/v1/messages</c> itself; a base URL written with <c>/v1</c> (as OpenAI's are) still works.</summary>
    private static string AnthropicRoot(string baseUrl)
    {
        var root = baseUrl.TrimEnd('/');
        return root.EndsWith("/v1", StringComparison.OrdinalIgnoreCase) ? root[..^3] : root;
    }
}
