using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pacts.Agents.Planning.Llm;

namespace Microsoft.Extensions.Hosting;

public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Planner's LLM fallback from the <c>Llm</c> section, with the provider's usual environment
    /// variables filling what configuration leaves empty. Off (<see cref="ILlmLineReader.IsConfigured"/> false) unless a
    /// provider is named; a setting that cannot work stops the service at start-up.
    /// </summary>
    public static IServiceCollection AddPactsLlm(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LlmOptions>()
            .Bind(configuration.GetSection(LlmOptions.SectionName))
            .PostConfigure(o => o.ApplyFallbacks(Environment.GetEnvironmentVariable))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILlmLineReader, SemanticKernelLineReader>();
        return services;
    }

    private sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
    {
        public ValidateOptionsResult Validate(string? name, LlmOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
