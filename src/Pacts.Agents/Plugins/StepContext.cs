using Microsoft.Playwright;
using Pacts.Agents.Planning;

namespace Pacts.Agents.Plugins;

/// <summary>What a plugin needs to work on one step: the test case's page, the step, and the test case's URL.</summary>
public sealed record StepContext(IPage Page, PlanStep Step, string TestCaseUrl);
