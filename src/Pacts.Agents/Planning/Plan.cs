namespace Pacts.Agents.Planning;

/// <summary>What a step does. Assertions start with <c>Assert</c>.</summary>
public enum StepAction
{
    Navigate,
    Fill,
    Click,
    Press,
    Select,
    Check,
    Uncheck,
    AssertTextVisible,
    AssertUrlContains,
    AssertValue,
}

/// <summary>One step of a test case, as the requirement said it.</summary>
/// <param name="Index">1-based position in its test case; expectations continue the numbering after the steps.</param>
/// <param name="Target">The element's name as written, without noise words and kind suffixes.</param>
/// <param name="Scope">Text of the repeated item or section the target must be inside ("for Blue Mug").</param>
/// <param name="ElementKind">The kind the requirement named: button, link, field, checkbox, dropdown.</param>
/// <param name="IsExpectation">True for lines under <c>Expected:</c>, checked at the end of the test case.</param>
public sealed record PlanStep(
    int Index,
    StepAction Action,
    string? Target,
    string? Value,
    string? Scope,
    string? ElementKind,
    int Line,
    string Text,
    bool IsExpectation)
{
    public bool IsAssertion => Action is StepAction.AssertTextVisible or StepAction.AssertUrlContains or StepAction.AssertValue;

    /// <summary>Whether the step acts on (or reads) one element of the page that must be found first.</summary>
    public bool NeedsElement => Target is not null && Action is not (StepAction.Navigate or StepAction.AssertTextVisible or StepAction.AssertUrlContains);

    public string ActionName => ActionNames.Of(Action);
}

public sealed record TestCasePlan(string Title, string Url, string? Description, IReadOnlyList<PlanStep> Steps, int Line);

public sealed record Plan(string RequirementName, IReadOnlyList<TestCasePlan> TestCases)
{
    public int StepCount => TestCases.Sum(t => t.Steps.Count);
}

/// <summary>A problem in a requirement, with where it is (1-based line and column).</summary>
public sealed record PlanError(int Line, int Column, string Message, string? Suggestion)
{
    public override string ToString() =>
        Suggestion is null ? $"{Line}:{Column}: error: {Message}" : $"{Line}:{Column}: error: {Message} (did you mean: {Suggestion})";
}

/// <summary>The planner's answer: a plan, or every error it found.</summary>
public sealed record PlanResult(Plan? Plan, IReadOnlyList<PlanError> Errors)
{
    public bool IsValid => Plan is not null && Errors.Count == 0;
}

/// <summary>Thrown when a requirement cannot be planned; carries every error.</summary>
public sealed class PlanException(IReadOnlyList<PlanError> errors)
    : Exception($"The requirement has {errors.Count} error(s): {string.Join("; ", errors)}")
{
    public IReadOnlyList<PlanError> Errors { get; } = errors;
}

public static class ActionNames
{
    public static string Of(StepAction action) => action switch
    {
        StepAction.Navigate => "navigate",
        StepAction.Fill => "fill",
        StepAction.Click => "click",
        StepAction.Press => "press",
        StepAction.Select => "select",
        StepAction.Check => "check",
        StepAction.Uncheck => "uncheck",
        StepAction.AssertTextVisible => "assert_text_visible",
        StepAction.AssertUrlContains => "assert_url_contains",
        StepAction.AssertValue => "assert_value",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
