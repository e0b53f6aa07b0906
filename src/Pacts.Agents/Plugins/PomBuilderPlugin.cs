using System.ComponentModel;
using Microsoft.SemanticKernel;
using Pacts.Agents.Discovery;

namespace Pacts.Agents.Plugins;

/// <summary>PomBuilder: finds the element a step names, from the selector cache or by discovery.</summary>
internal sealed class PomBuilderPlugin(ElementResolver resolver)
{
    public const string Name = "PomBuilder";

    [KernelFunction("resolve"), Description("Finds the one element of the page that a step names.")]
    public Task<Resolution> ResolveAsync(StepContext context, CancellationToken cancellationToken) =>
        resolver.ResolveAsync(context.Page, context.Step, cancellationToken);

    [KernelFunction("rediscover"), Description("Finds a step's element again after its cached element drifted.")]
    public Task<Resolution> RediscoverAsync(StepContext context, ResolvedElement drifted, CancellationToken cancellationToken) =>
        resolver.RediscoverAsync(context.Page, context.Step, drifted, cancellationToken);
}
