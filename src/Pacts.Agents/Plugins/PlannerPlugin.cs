using System.ComponentModel;
using Microsoft.SemanticKernel;
using Pacts.Agents.Planning;

namespace Pacts.Agents.Plugins;

/// <summary>Planner: requirement to a plan, deterministically; the LLM only for lines the grammar cannot read.</summary>
internal sealed class PlannerPlugin(IPlanner planner)
{
    public const string Name = "Planner";

    [KernelFunction("plan"), Description("Parses a test requirement into test cases and steps, or reports every error with its line and column.")]
    public Task<PlanResult> PlanAsync(PlanRequest request, CancellationToken cancellationToken) => planner.PlanAsync(request, cancellationToken);
}
