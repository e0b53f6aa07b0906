using System.ComponentModel;
using Microsoft.SemanticKernel;
using Pacts.Agents.Discovery;
using Pacts.Agents.Healing;
using Pacts.Storage.Selectors;

namespace Pacts.Agents.Plugins;

/// <summary>OracleHealer: repairs a step whose element could not be found or used.</summary>
internal sealed class OracleHealerPlugin(OracleHealer healer)
{
    public const string Name = "OracleHealer";

    [KernelFunction("heal"), Description("Looks for the step's element again after its locator failed.")]
    public Task<HealResult> HealAsync(StepContext context, CancellationToken cancellationToken, ResolvedElement? broken = null) =>
        healer.HealAsync(context.Page, context.Step, broken, cancellationToken);

    [KernelFunction("commit"), Description("Replaces a cached selector with a heal whose test case passed.")]
    public Task CommitAsync(SelectorKey key, ResolvedElement element, CancellationToken cancellationToken) =>
        healer.CommitAsync(key, element, cancellationToken);
}
