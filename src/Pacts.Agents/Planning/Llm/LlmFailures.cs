using System.ClientModel;
using System.Net;
using Anthropic.Exceptions;
using Microsoft.SemanticKernel;

namespace Pacts.Agents.Planning.Llm;

/// <summary>
/// Turns what an SDK threw into one sentence naming the endpoint and the HTTP status. The API key never appears: the
/// sentence is built from the status and the SDK's message with the key blanked out.
/// </summary>
internal static class LlmFailures
{
    private const int MaxDetail = 300;

    public static LlmUnavailableException Unavailable(Exception e, string endpoint, string? apiKey)
    {
        ArgumentNullException.ThrowIfNull(e);
        // The inner exception is kept for its stack only when nothing in it could show the key.
        var inner = string.IsNullOrEmpty(apiKey) || !e.ToString().Contains(apiKey, StringComparison.Ordinal) ? e : null;
        return new LlmUnavailableException(Describe(e, endpoint, apiKey), inner);
    }

    public static string Describe(Exception e, string endpoint, string? apiKey)
    {
        ArgumentNullException.ThrowIfNull(e);
        var status = Status(e);
        var detail = Detail(e, apiKey);
        return status is { } code
            ? $"The LLM at {endpoint} answered HTTP {(int)code} ({code}){detail}"
            : $"The LLM at {endpoint} could not be used: {e.GetType().Name}{detail}";
    }

    private static HttpStatusCode? Status(Exception e) => e switch
    {
        HttpOperationException { StatusCode: { } code } => code,
        AnthropicApiException api => api.StatusCode,
        ClientResultException { Status: > 0 } result => (HttpStatusCode)result.Status,
        HttpRequestException { StatusCode: { } code } => code,
        _ when e.InnerException is { } inner => Status(inner),
        _ => null,
    };

    private static string Detail(Exception e, string? apiKey)
    {
        var message = e switch
        {
            HttpOperationException { ResponseContent: { Length: > 0 } body } => body,
            AnthropicApiException { ResponseBody: { Length: > 0 } body } => body,
            AnthropicIOException { InnerException: { } inner } => inner.Message, // its own message is just "I/O exception"
            _ => e.Message,
        };
        message = Redact(message, apiKey).ReplaceLineEndings(" ").Trim();
        if (message.Length == 0)
        {
            return ".";
        }

        return ": " + (message.Length > MaxDetail ? message[..MaxDetail] + "…" : message);
    }

    private static string Redact(string text, string? apiKey) =>
        string.IsNullOrEmpty(apiKey) ? text : text.Replace(apiKey, "***", StringComparison.Ordinal);
}
