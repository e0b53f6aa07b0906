namespace Pacts.Agents.Execution;

/// <summary>How a step went. <see cref="GatePoint"/> names the readiness check that failed, when one did.</summary>
public sealed record StepOutcome(bool Passed, string? Message, string? Expected, string? Actual, string? GatePoint)
{
    /// <summary>The cached element was gone or changed when the action looked it up; nothing was done to the page.</summary>
    public bool Drifted { get; init; }

    public static StepOutcome Drift(string message) => new(false, message, null, null, null) { Drifted = true };

    public static StepOutcome Pass(string? expected = null, string? actual = null) => new(true, null, expected, actual, null);

    public static StepOutcome Fail(string message, string? expected = null, string? actual = null) => new(false, message, expected, actual, null);

    /// <summary>
    /// A check's outcome in words: <paramref name="check"/> is what was checked ("URL contains /signin"),
    /// <paramref name="found"/> what the page showed ("/signin?next=%2F"); a failure says both, unless given its own words.
    /// </summary>
    public static StepOutcome Checked(bool passed, string check, string found, string? failure = null) =>
        passed ? Pass(check, found) : Fail(failure ?? $"checked: {check}; found {found}", check, found);

    public static StepOutcome GateFailed(string point, string message) => new(false, message, null, null, point);
}
