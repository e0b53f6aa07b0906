using Microsoft.SemanticKernel;

namespace Pacts.Agents.Plugins;

/// <summary>A span around every plugin call made through the kernel.</summary>
internal sealed class PluginTracingFilter : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        using var activity = PactsTelemetry.Source.StartActivity($"{context.Function.PluginName}.{context.Function.Name}");
        activity?.SetTag("pacts.plugin", context.Function.PluginName);
        await next(context).ConfigureAwait(false);
    }
}
