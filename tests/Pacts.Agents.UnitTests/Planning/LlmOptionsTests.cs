using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Pacts.Agents.Planning.Llm;

namespace Pacts.Agents.UnitTests.Planning;

public sealed class LlmOptionsTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void ApplyFallbacks_ProviderFromTheEnvironment_TakesKeyAndModelFromThatProvidersVariables()
    {
        var options = new LlmOptions();

        options.ApplyFallbacks(Environment(("PACTS_LLM_PROVIDER", "Anthropic"), ("ANTHROPIC_API_KEY", "k1"), ("ANTHROPIC_MODEL", "m1"), ("OPENAI_API_KEY", "k2")));

        Assert.Equal(("anthropic", "k1", "m1", "https://api.anthropic.com"), (options.EffectiveProvider, options.ApiKey, options.Model, options.BaseUrl));
        Assert.Null(options.Problem());
    }

    [Fact]
    public void ApplyFallbacks_OnlyAKeyInTheEnvironment_StaysOff()
    {
        var options = new LlmOptions();

        options.ApplyFallbacks(Environment(("OPENAI_API_KEY", "k"), ("ANTHROPIC_API_KEY", "k")));

        Assert.False(options.IsEnabled);
        Assert.Null(options.ApiKey);
    }

    [Fact]
    public void ApplyFallbacks_ConfiguredValues_WinOverTheEnvironmentAndDefaultsFillTheRest()
    {
        var options = new LlmOptions { Provider = "openai", Model = "configured" };

        options.ApplyFallbacks(Environment(("PACTS_LLM_PROVIDER", "anthropic"), ("OPENAI_MODEL", "from-env"), ("OPENAI_API_KEY", "k")));

        Assert.Equal(("openai", "configured", "k", "https://api.openai.com/v1"), (options.EffectiveProvider, options.Model, options.ApiKey, options.BaseUrl));
    }

    [Theory]
    [InlineData("gemini", "https://x.test", "m", "k", "not one of none, openai, anthropic")]
    [InlineData("anthropic", "https://api.anthropic.com", "m", null, "ANTHROPIC_API_KEY")]
    [InlineData("openai", "https://api.openai.com/v1", "m", null, "OPENAI_API_KEY")]
    [InlineData("openai", "not a url", "m", "k", "absolute http(s) URL")]
    [InlineData("openai", "http://127.0.0.1:11434/v1", "", null, "Llm:Model is required")]
    public void Problem_SettingsThatCannotWork_SayWhy(string provider, string baseUrl, string model, string? key, string expected)
    {
        var options = new LlmOptions { Provider = provider, BaseUrl = baseUrl, Model = model, ApiKey = key };

        Assert.Contains(expected, options.Problem(), StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_LocalOpenAiCompatibleServerWithoutKey_IsNone() =>
        Assert.Null(new LlmOptions { Provider = "openai", BaseUrl = "http://127.0.0.1:11434/v1", Model = "llama3" }.Problem());

    [Fact]
    public void AddPactsLlm_ConfiguredProvider_RegistersAReaderNamingProviderAndModel()
    {
        using var services = Services(("Provider", "openai"), ("BaseUrl", "http://127.0.0.1:9/v1"), ("Model", "gpt-x"), ("ApiKey", "k"));

        var reader = services.GetRequiredService<ILlmLineReader>();

        Assert.True(reader.IsConfigured);
        Assert.Equal("openai:gpt-x", reader.Model);
        Assert.Same(reader, services.GetRequiredService<ILlmLineReader>());
    }

    [Fact]
    public void AddPactsLlm_UnknownProvider_FailsValidationWithTheReason()
    {
        using var services = Services(("Provider", "gemini"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.Contains("gemini", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPactsLlm_ProviderNone_RegistersAReaderThatIsNotConfigured() =>
        Assert.False(Services(("Provider", "none")).GetRequiredService<ILlmLineReader>().IsConfigured);

    private static ServiceProvider Services(params (string Key, string Value)[] settings) => new ServiceCollection()
        .AddLogging()
        .AddPactsLlm(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create($"Llm:{s.Key}", (string?)s.Value)))
            .Build())
        .BuildServiceProvider();
}
