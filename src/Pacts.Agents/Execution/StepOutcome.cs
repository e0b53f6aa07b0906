namespace Pacts.Agents.Execution;

/// <summary>How a step went. <see cref="GatePoint"/> names the readiness check that failed, when one did.</summary>
public sealed record StepOutcome(bool Passed, string? Message, string? Expected, string? Actual, string? GatePoint)
{
    public static StepOutcome Pass(string? expected = null, string? actual = null) => new(true, null, expected, actual, null);

    public static StepOutcome Fail(string message, string? expected = null, string? actual = null) => new(false, message, expected, actual, null);

    public static StepOutcome GateFailed(string point, string message) => new(false, message, null, null, point);
}
