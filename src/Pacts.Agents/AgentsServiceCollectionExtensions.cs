using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pacts.Agents;
using Pacts.Agents.Browser;
using Pacts.Agents.Discovery;
using Pacts.Agents.Execution;
using Pacts.Agents.Healing;
using Pacts.Agents.Orchestration;
using Pacts.Agents.Planning;
using Pacts.Agents.Plugins;
using Pacts.Agents.Reporting;

namespace Microsoft.Extensions.Hosting;

public static class AgentsServiceCollectionExtensions
{
    /// <summary>Registers the planner, POM builder, executor, healer, their kernel plugins, the browser and the orchestrator.</summary>
    public static IServiceCollection AddPactsAgents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BrowserOptions>().Bind(configuration.GetSection(BrowserOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ExecutionOptions>().Bind(configuration.GetSection(ExecutionOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HealingOptions>().Bind(configuration.GetSection(HealingOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PlanningOptions>().Bind(configuration.GetSection("Planning"));
        services.AddPactsLlm(configuration);
        services.AddSingleton<IPlanner, Planner>();
        services.AddSingleton<ElementResolver>();
        services.AddSingleton<StepExecutor>();
        services.AddSingleton<OracleHealer>();
        services.AddSingleton<PlannerPlugin>();
        services.AddSingleton<PomBuilderPlugin>();
        services.AddSingleton<ExecutorPlugin>();
        services.AddSingleton<OracleHealerPlugin>();
        services.AddSingleton<AgentKernel>();
        services.AddSingleton<BrowserHost>();
        services.AddSingleton<RunRecorder>();
        services.AddOptions<ArtifactOptions>().Bind(configuration.GetSection(ArtifactOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ArtifactFiles>();
        services.AddSingleton<SecretNames>();
        services.AddSingleton<ArtifactRecorder>();
        services.AddSingleton<RunOrchestrator>();
        services.AddSingleton<IRunOrchestrator>(sp => sp.GetRequiredService<RunOrchestrator>());
        return services;
    }
}
