using System.ComponentModel;
using Microsoft.SemanticKernel;
using Pacts.Agents.Planning;

namespace Pacts.Agents.Plugins;

/// <summary>Planner: requirement text to a plan, deterministically.</summary>
internal sealed class PlannerPlugin(IPlanner planner)
{
    public const string Name = "Planner";

    [KernelFunction("plan"), Description("Parses a test requirement into test cases and steps, or reports every error with its line and column.")]
    public PlanResult Plan(string requirementName, string content) => planner.Plan(requirementName, content);
}
