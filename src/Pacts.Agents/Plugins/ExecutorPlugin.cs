using System.ComponentModel;
using Microsoft.SemanticKernel;
using Pacts.Agents.Discovery;
using Pacts.Agents.Execution;

namespace Pacts.Agents.Plugins;

/// <summary>Executor: gates, performs and checks one step.</summary>
internal sealed class ExecutorPlugin(StepExecutor executor)
{
    public const string Name = "Executor";

    [KernelFunction("execute"), Description("Performs a step's action on its element, or checks its assertion.")]
    public Task<StepOutcome> ExecuteAsync(StepContext context, ResolvedElement? element = null) =>
        executor.ExecuteAsync(context.Page, context.Step, element?.Locator, context.TestCaseUrl, element is { Confirmed: false } ? element.Fingerprint : null);
}
