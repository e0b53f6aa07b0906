using Microsoft.SemanticKernel;
using Pacts.Agents.Discovery;
using Pacts.Agents.Execution;
using Pacts.Agents.Healing;
using Pacts.Agents.Planning;
using Pacts.Storage.Selectors;

namespace Pacts.Agents.Plugins;

/// <summary>Builds a Kernel per run with the four plugins, and calls them with typed results.</summary>
internal sealed class AgentKernel(IServiceProvider services, PlannerPlugin planner, PomBuilderPlugin pomBuilder, ExecutorPlugin executor, OracleHealerPlugin healer)
{
    private readonly KernelPlugin[] _plugins =
    [
        KernelPluginFactory.CreateFromObject(planner, PlannerPlugin.Name),
        KernelPluginFactory.CreateFromObject(pomBuilder, PomBuilderPlugin.Name),
        KernelPluginFactory.CreateFromObject(executor, ExecutorPlugin.Name),
        KernelPluginFactory.CreateFromObject(healer, OracleHealerPlugin.Name),
    ];

    public Kernel Create()
    {
        var kernel = new Kernel(services, new KernelPluginCollection(_plugins));
        kernel.FunctionInvocationFilters.Add(new PluginTracingFilter());
        return kernel;
    }

    public static Task<PlanResult> PlanAsync(Kernel kernel, PlanRequest request, CancellationToken cancellationToken) =>
        CallAsync<PlanResult>(kernel, PlannerPlugin.Name, "plan", new() { ["request"] = request }, cancellationToken);

    public static Task<Resolution> ResolveAsync(Kernel kernel, StepContext context, CancellationToken cancellationToken) =>
        CallAsync<Resolution>(kernel, PomBuilderPlugin.Name, "resolve", new() { ["context"] = context }, cancellationToken);

    public static Task<Resolution> RediscoverAsync(Kernel kernel, StepContext context, ResolvedElement drifted, CancellationToken cancellationToken) =>
        CallAsync<Resolution>(kernel, PomBuilderPlugin.Name, "rediscover", new() { ["context"] = context, ["drifted"] = drifted }, cancellationToken);

    public static Task<StepOutcome> ExecuteAsync(Kernel kernel, StepContext context, ResolvedElement? element, CancellationToken cancellationToken) =>
        CallAsync<StepOutcome>(kernel, ExecutorPlugin.Name, "execute", new() { ["context"] = context, ["element"] = element }, cancellationToken);

    public static Task<HealResult> HealAsync(Kernel kernel, StepContext context, ResolvedElement? broken, CancellationToken cancellationToken) =>
        CallAsync<HealResult>(kernel, OracleHealerPlugin.Name, "heal", new() { ["context"] = context, ["broken"] = broken }, cancellationToken);

    public static Task CommitHealAsync(Kernel kernel, SelectorKey key, ResolvedElement element, CancellationToken cancellationToken) =>
        kernel.InvokeAsync(OracleHealerPlugin.Name, "commit", new() { ["key"] = key, ["element"] = element }, cancellationToken);

    private static async Task<T> CallAsync<T>(Kernel kernel, string plugin, string function, KernelArguments arguments, CancellationToken cancellationToken)
    {
        var result = await kernel.InvokeAsync(plugin, function, arguments, cancellationToken).ConfigureAwait(false);
        return result.GetValue<T>() ?? throw new InvalidOperationException($"{plugin}.{function} returned no {typeof(T).Name}.");
    }
}
