using System.Globalization;
using System.Text;

namespace Pacts.Agents.Planning;

/// <summary>What a step does. Assertions start with <c>Assert</c>; their names are listed in <see cref="ActionNames"/>.</summary>
public enum StepAction
{
    Navigate,
    OpenPage,
    Fill,
    Type,
    Clear,
    Click,
    DoubleClick,
    Hover,
    Press,
    Select,
    Check,
    Uncheck,
    Upload,
    ScrollTo,
    GoBack,
    Reload,
    WaitFor,
    WaitForGone,
    Wait,
    AssertTextVisible,
    AssertTextHidden,
    AssertVisible,
    AssertHidden,
    AssertEnabled,
    AssertDisabled,
    AssertChecked,
    AssertUnchecked,
    AssertValue,
    AssertSelected,
    AssertText,
    AssertCount,
    AssertItems,
    AssertTextsInOrder,
    AssertUrlContains,
    AssertTitleContains,
    AssertOnPage,
    AssertEach,
    AssertSorted,
    AssertNth,
}

/// <summary>Where a target must be: inside a repeated item, a section, a dialog, or a table row that contains a text.</summary>
public enum ScopeKind
{
    /// <summary>The repeated card or list item containing <see cref="StepScope.Text"/> ("for Blue Mug").</summary>
    Item,

    /// <summary>The table row containing the text ("in the row containing Blue Mug").</summary>
    Row,

    /// <summary>The section, form, panel or region named by the text ("in the Shipping section").</summary>
    Section,

    /// <summary>The open dialog or modal; the text, when given, names it.</summary>
    Dialog,
}

public sealed record StepScope(ScopeKind Kind, string? Text)
{
    public override string ToString() => Text is null
        ? Kind.ToString().ToLowerInvariant()
        : $"{Kind.ToString().ToLowerInvariant()}:{Quote(Text)}";

    internal static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

/// <summary>
/// A step as a reader produced it (grammar, spec or LLM), before it is numbered and its <c>{{variables}}</c> are bound.
/// </summary>
/// <param name="Target">The element's name as written, without noise words and kind suffixes.</param>
/// <param name="Value">
/// The value to type, the option, the key, the URL, or the text or number an assertion expects (a count may carry a
/// comparison: see <see cref="CountValue"/>; a sort is "ascending" or "descending"; an each check names the items).
/// </param>
/// <param name="Values">The texts of list assertions (<see cref="StepAction.AssertItems"/>, <see cref="StepAction.AssertTextsInOrder"/>).</param>
/// <param name="ElementKind">The kind the requirement named: button, link, field, checkbox, radio, dropdown, tab, menu item, option, image, heading, dialog.</param>
/// <param name="Ordinal">1-based position among equally good matches; -1 means the last.</param>
public sealed record StepDraft(
    StepAction Action,
    string? Target = null,
    string? Value = null,
    IReadOnlyList<string>? Values = null,
    StepScope? Scope = null,
    string? ElementKind = null,
    int? Ordinal = null)
{
    /// <summary>A canonical one-line rendering, used by the phrasing corpus and in plan listings.</summary>
    public string Describe()
    {
        var text = new StringBuilder(ActionNames.Of(Action));
        if (Target is not null)
        {
            text.Append(" target=").Append(StepScope.Quote(Target));
        }

        if (ElementKind is not null)
        {
            text.Append(" kind=").Append(ElementKind.Replace(' ', '_'));
        }

        if (Value is not null)
        {
            text.Append(" value=").Append(StepScope.Quote(Value));
        }

        if (Values is not null)
        {
            text.Append(" values=[").Append(string.Join(",", Values.Select(StepScope.Quote))).Append(']');
        }

        if (Scope is not null)
        {
            text.Append(" scope=").Append(Scope);
        }

        if (Ordinal is { } ordinal)
        {
            text.Append(" ordinal=").Append(ordinal == -1 ? "last" : ordinal.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}

/// <summary>One step of a test case, numbered, bound to its data row and variables.</summary>
/// <param name="Index">1-based position in its test case; expectations continue the numbering after the steps.</param>
/// <param name="Text">The requirement's line as written (variables unbound, so secrets never show).</param>
/// <param name="IsExpectation">True for lines under <c>Expected:</c>, checked at the end of the test case.</param>
/// <param name="Source">How the step was read: grammar, spec or llm.</param>
public sealed record PlanStep(
    int Index,
    StepAction Action,
    string? Target,
    string? Value,
    IReadOnlyList<string>? Values,
    StepScope? Scope,
    string? ElementKind,
    int? Ordinal,
    int Line,
    int Column,
    string Text,
    bool IsExpectation,
    string Source = "grammar")
{
    public bool IsAssertion => ActionNames.IsAssertion(Action);

    /// <summary>Whether the step acts on (or reads) one element of the page that must be found first.</summary>
    /// <remarks>
    /// <see cref="StepAction.OpenPage"/> names a page, not an element: the executor looks for the link (button, menu
    /// item, tab) named like the page itself, with the page-name rules <see cref="StepAction.AssertOnPage"/> checks by,
    /// so the step that goes to a page and the check that the user is on it agree. The list assertions (each, sorted,
    /// nth) read every repeated item of a list, never one resolved element.
    /// </remarks>
    public bool NeedsElement => Target is not null && Action is not (
        StepAction.Navigate or StepAction.OpenPage or StepAction.AssertTextVisible or StepAction.AssertTextHidden or StepAction.AssertUrlContains
        or StepAction.AssertTitleContains or StepAction.AssertCount or StepAction.AssertItems or StepAction.AssertTextsInOrder
        or StepAction.AssertHidden or StepAction.AssertOnPage or StepAction.AssertEach or StepAction.AssertSorted or StepAction.AssertNth
        or StepAction.WaitFor or StepAction.WaitForGone or StepAction.Wait or StepAction.GoBack or StepAction.Reload);

    public string ActionName => ActionNames.Of(Action);

    public StepDraft ToDraft() => new(Action, Target, Value, Values, Scope, ElementKind, Ordinal);
}

/// <summary>One data row a test case runs with (1-based <see cref="Number"/>), and where it was written.</summary>
public sealed record DataRow(int Number, IReadOnlyDictionary<string, string> Values, int Line);

public sealed record TestCasePlan(string Title, string Url, string? Description, IReadOnlyList<PlanStep> Steps, int Line)
{
    /// <summary>The data row this instance runs with, or null when the test case has no data.</summary>
    public DataRow? Row { get; init; }

    public bool HasAssertions => Steps.Any(s => s.IsAssertion);
}

public sealed record Plan(string RequirementName, IReadOnlyList<TestCasePlan> TestCases)
{
    public int StepCount => TestCases.Sum(t => t.Steps.Count);

    /// <summary>The values that must never be shown or stored (secret variables and typed passwords).</summary>
    public SecretMask Secrets { get; init; } = SecretMask.None;

    /// <summary>How many lines an LLM read for this plan (0 when the grammar read everything or the plan was cached).</summary>
    public int LlmCalls { get; init; }
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

    /// <summary>LLM calls made while planning, also when the plan failed.</summary>
    public int LlmCalls { get; init; }

    public static PlanResult Failed(IReadOnlyList<PlanError> errors) => new(null, errors);
}

/// <summary>Thrown when a requirement cannot be planned; carries every error.</summary>
public sealed class PlanException(IReadOnlyList<PlanError> errors)
    : Exception($"The requirement has {errors.Count} error(s): {string.Join("; ", errors)}")
{
    public IReadOnlyList<PlanError> Errors { get; } = errors;
}

public static class ActionNames
{
    private static readonly Dictionary<StepAction, string> Names = new()
    {
        [StepAction.Navigate] = "navigate",
        [StepAction.OpenPage] = "open_page",
        [StepAction.Fill] = "fill",
        [StepAction.Type] = "type",
        [StepAction.Clear] = "clear",
        [StepAction.Click] = "click",
        [StepAction.DoubleClick] = "double_click",
        [StepAction.Hover] = "hover",
        [StepAction.Press] = "press",
        [StepAction.Select] = "select",
        [StepAction.Check] = "check",
        [StepAction.Uncheck] = "uncheck",
        [StepAction.Upload] = "upload",
        [StepAction.ScrollTo] = "scroll_to",
        [StepAction.GoBack] = "go_back",
        [StepAction.Reload] = "reload",
        [StepAction.WaitFor] = "wait_for",
        [StepAction.WaitForGone] = "wait_for_gone",
        [StepAction.Wait] = "wait",
        [StepAction.AssertTextVisible] = "assert_text_visible",
        [StepAction.AssertTextHidden] = "assert_text_hidden",
        [StepAction.AssertVisible] = "assert_visible",
        [StepAction.AssertHidden] = "assert_hidden",
        [StepAction.AssertEnabled] = "assert_enabled",
        [StepAction.AssertDisabled] = "assert_disabled",
        [StepAction.AssertChecked] = "assert_checked",
        [StepAction.AssertUnchecked] = "assert_unchecked",
        [StepAction.AssertValue] = "assert_value",
        [StepAction.AssertSelected] = "assert_selected",
        [StepAction.AssertText] = "assert_text",
        [StepAction.AssertCount] = "assert_count",
        [StepAction.AssertItems] = "assert_items",
        [StepAction.AssertTextsInOrder] = "assert_texts_in_order",
        [StepAction.AssertUrlContains] = "assert_url_contains",
        [StepAction.AssertTitleContains] = "assert_title_contains",
        [StepAction.AssertOnPage] = "assert_on_page",
        [StepAction.AssertEach] = "assert_each",
        [StepAction.AssertSorted] = "assert_sorted",
        [StepAction.AssertNth] = "assert_nth",
    };

    private static readonly Dictionary<string, StepAction> ByName =
        Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every action name, in declaration order (the list given to an LLM and accepted in specs).</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<StepAction>().Select(a => Names[a])];

    public static string Of(StepAction action) =>
        Names.TryGetValue(action, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(action), action, null);

    public static bool TryParse(string name, out StepAction action) =>
        ByName.TryGetValue(name.Trim().Replace('-', '_').Replace(' ', '_'), out action);

    public static bool IsAssertion(StepAction action) => action >= StepAction.AssertTextVisible;
}
