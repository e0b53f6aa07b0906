using System.ComponentModel.DataAnnotations;

namespace Pacts.Agents.Planning.Llm;

/// <summary>
/// The <c>Llm</c> section: the optional LLM fallback for lines the grammar cannot read. Off unless a provider is named
/// (<c>Llm:Provider</c> or <c>PACTS_LLM_PROVIDER</c>); a key in the environment alone never turns it on.
/// </summary>
public sealed class LlmOptions
{
    public const string SectionName = "Llm";

    public const string None = "none";
    public const string OpenAi = "openai";
    public const string Anthropic = "anthropic";

    /// <summary><c>none</c> (the default), <c>openai</c> (any OpenAI-compatible endpoint) or <c>anthropic</c>.</summary>
    public string? Provider { get; set; }

    /// <summary>
    /// For <c>openai</c> the API root including its version segment (<c>https://api.openai.com/v1</c>); for
    /// <c>anthropic</c> the host root (<c>https://api.anthropic.com</c>; a trailing <c>/v1</c> is accepted).
    /// </summary>
    public string? BaseUrl { get; set; }

    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>The provider in lower case, <c>none</c> when unset.</summary>
    public string EffectiveProvider => string.IsNullOrWhiteSpace(Provider) ? None : Provider.Trim().ToLowerInvariant();

    public bool IsEnabled => EffectiveProvider != None;

    /// <summary>
    /// Fills what configuration left empty: the provider from <c>PACTS_LLM_PROVIDER</c>, then the key, base URL and
    /// model from the provider's usual variables (<c>OPENAI_*</c>, <c>ANTHROPIC_*</c>), then the provider's defaults.
    /// </summary>
    public void ApplyFallbacks(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (string.IsNullOrWhiteSpace(Provider))
        {
            Provider = environment("PACTS_LLM_PROVIDER");
        }

        var prefix = EffectiveProvider switch
        {
            OpenAi => "OPENAI",
            Anthropic => "ANTHROPIC",
            _ => null,
        };
        if (prefix is null)
        {
            return;
        }

        ApiKey = FirstSet(ApiKey, environment(prefix + "_API_KEY"));
        BaseUrl = FirstSet(BaseUrl, environment(prefix + "_BASE_URL"))
            ?? (prefix == "OPENAI" ? "https://api.openai.com/v1" : "https://api.anthropic.com");
        Model = FirstSet(Model, environment(prefix + "_MODEL"))
            ?? (prefix == "OPENAI" ? "gpt-4o-mini" : "claude-3-5-haiku-latest");
    }

    /// <summary>Why these settings cannot work, or null when they can.</summary>
    public string? Problem()
    {
        var provider = EffectiveProvider;
        if (provider is not (None or OpenAi or Anthropic))
        {
            return $"Llm:Provider '{Provider}' is not one of none, openai, anthropic.";
        }

        if (provider == None)
        {
            return null;
        }

        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return $"Llm:BaseUrl must be an absolute http(s) URL for provider {provider}.";
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            return $"Llm:Model is required for provider {provider}.";
        }

        // An OpenAI-compatible server of one's own (a local model server) may need no key; the public APIs do.
        var needsKey = provider == Anthropic || uri.Host.EndsWith("openai.com", StringComparison.OrdinalIgnoreCase);
        return needsKey && string.IsNullOrWhiteSpace(ApiKey)
            ? $"Llm:ApiKey (or {(provider == OpenAi ? "OPENAI" : "ANTHROPIC")}_API_KEY) is required for provider {provider}."
            : null;
    }

    private static string? FirstSet(string? configured, string? fromEnvironment) =>
        !string.IsNullOrWhiteSpace(configured) ? configured
        : !string.IsNullOrWhiteSpace(fromEnvironment) ? fromEnvironment
        : null;
}
