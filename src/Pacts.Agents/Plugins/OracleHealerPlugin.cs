using System.ComponentModel;
using Microsoft.SemanticKernel;
using Pacts.Agents.Discovery;
using Pacts.Agents.Healing;

namespace Pacts.Agents.Plugins;

/// <summary>OracleHealer: repairs a step whose element could not be found or used.</summary>
internal sealed class OracleHealerPlugin(OracleHealer healer)
{
    public const string Name = "OracleHealer";

    [KernelFunction("heal"), Description("Looks for the step's element again after its locator failed.")]
    public Task<HealResult> HealAsync(StepContext context, CancellationToken cancellationToken, ResolvedElement? broken = null) =>
        healer.HealAsync(context.Page, context.Step, broken, cancellationToken);
}
