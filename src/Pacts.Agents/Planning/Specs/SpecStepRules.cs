using System.Globalization;

namespace Pacts.Agents.Planning.Specs;

/// <summary>A problem with one structured step: the spec field at fault (empty for the step as a whole), and a suggestion.</summary>
internal sealed record SpecStepError(string Field, string Message, string? Suggestion = null)
{
    public override string ToString() => Suggestion is null ? Message : $"{Message} (did you mean: {Suggestion})";
}

/// <summary>
/// Which fields each action takes. Every reader's drafts (spec, grammar, LLM) must pass <see cref="Check"/>: a field an
/// action needs is there, and a field it does not use is not (a value on a click is a mistake, not noise).
/// </summary>
internal static class SpecStepRules
{
    private enum Need
    {
        No,
        Optional,
        Required,
    }

    // Within: whether a scope may narrow where the target (or the text of a text assertion) is looked for. A kind and an
    // ordinal qualify a target, so an action with a target takes them unless its rule says otherwise.
    private sealed record Rule(Need Target, Need Value, string? ValueHint = null, int MinValues = 0, bool Within = false, bool EmptyValue = false)
    {
        public string TargetHint { get; init; } = "the element's name";

        public Need Kind { get; init; } = Target == Need.No ? Need.No : Need.Optional;

        public Need Ordinal { get; init; } = Target == Need.No ? Need.No : Need.Optional;
    }

    private static readonly Rule ElementOnly = new(Need.Required, Need.No, Within: true);
    private static readonly Rule TextOnly = new(Need.No, Need.Required, "the text", Within: true);

    private static readonly Dictionary<StepAction, Rule> Rules = new()
    {
        [StepAction.Navigate] = new(Need.No, Need.Required, "the address to open"),
        [StepAction.OpenPage] = new(Need.Required, Need.No) { TargetHint = "the page's name", Kind = Need.No, Ordinal = Need.No },
        [StepAction.Fill] = new(Need.Required, Need.Required, "the text to enter", Within: true, EmptyValue: true),
        [StepAction.Type] = new(Need.Required, Need.Required, "the text to type", Within: true, EmptyValue: true),
        [StepAction.Select] = new(Need.Required, Need.Required, "the option to select", Within: true),
        [StepAction.Upload] = new(Need.Required, Need.Required, "the file to upload", Within: true),
        [StepAction.Click] = ElementOnly,
        [StepAction.DoubleClick] = ElementOnly,
        [StepAction.Hover] = ElementOnly,
        [StepAction.Check] = ElementOnly,
        [StepAction.Uncheck] = ElementOnly,
        [StepAction.Clear] = ElementOnly,
        [StepAction.ScrollTo] = ElementOnly,
        [StepAction.Press] = new(Need.Optional, Need.Required, "a key such as Enter", Within: true),
        [StepAction.Wait] = new(Need.No, Need.Required, "a duration such as 500, \"2s\" or \"1.5 seconds\""),
        [StepAction.WaitFor] = TextOnly,
        [StepAction.WaitForGone] = TextOnly,
        [StepAction.GoBack] = new(Need.No, Need.No),
        [StepAction.Reload] = new(Need.No, Need.No),
        [StepAction.AssertTextVisible] = TextOnly,
        [StepAction.AssertTextHidden] = TextOnly,
        [StepAction.AssertUrlContains] = new(Need.No, Need.Required, "the text the address contains"),
        [StepAction.AssertTitleContains] = new(Need.No, Need.Required, "the text the title contains"),
        [StepAction.AssertVisible] = ElementOnly,
        [StepAction.AssertHidden] = ElementOnly,
        [StepAction.AssertEnabled] = ElementOnly,
        [StepAction.AssertDisabled] = ElementOnly,
        [StepAction.AssertChecked] = ElementOnly,
        [StepAction.AssertUnchecked] = ElementOnly,
        [StepAction.AssertValue] = new(Need.Required, Need.Required, "the value the field holds", Within: true, EmptyValue: true),
        [StepAction.AssertSelected] = new(Need.Required, Need.Required, "the selected option", Within: true),
        [StepAction.AssertText] = new(Need.Required, Need.Required, "the text the element shows", Within: true),
        [StepAction.AssertCount] = new(Need.Required, Need.Required, "how many match: a whole number, or >=, <=, > or < and one", Within: true) { Ordinal = Need.No },
        [StepAction.AssertItems] = new(Need.No, Need.No, MinValues: 1, Within: true),
        [StepAction.AssertTextsInOrder] = new(Need.No, Need.No, MinValues: 2, Within: true),
        [StepAction.AssertOnPage] = new(Need.No, Need.Required, "the page's name"),
        [StepAction.AssertEach] = new(Need.Required, Need.Required, "the items that each hold one, such as order", Within: true) { TargetHint = "the control each item holds", Ordinal = Need.No },
        [StepAction.AssertSorted] = new(Need.Required, Need.Required, "ascending or descending", Within: true) { TargetHint = "the field the items are sorted by", Kind = Need.No, Ordinal = Need.No },
        [StepAction.AssertNth] = new(Need.Required, Need.Required, "the text the item shows", Within: true) { TargetHint = "the items, such as order", Kind = Need.No, Ordinal = Need.Required },
    };

    /// <summary>The first problem of <paramref name="draft"/>, or null when it is a valid step.</summary>
    public static SpecStepError? Check(StepDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var rule = Rules[draft.Action];
        var name = ActionNames.Of(draft.Action);
        return Presence(name, "target", draft.Target, rule.Target, rule.TargetHint)
            ?? Presence(name, "value", draft.Value, rule.Value, rule.ValueHint)
            ?? BlankValue(name, draft.Value, rule)
            ?? ListValues(name, draft.Values, rule.MinValues)
            ?? Qualifiers(name, draft, rule)
            ?? ValueFormat(draft);
    }

    /// <summary>Whether a value holds a <c>{{variable}}</c>, so its format can only be checked once it is bound.</summary>
    public static bool HasVariable(string? value) => value is not null && value.Contains("{{", StringComparison.Ordinal);

    private static SpecStepError? Presence(string action, string field, string? value, Need need, string? hint) => need switch
    {
        Need.Required when value is null || (field == "target" && string.IsNullOrWhiteSpace(value)) =>
            new(field, $"{action} needs a {field}{(hint is null ? "" : ": " + hint)}"),
        Need.No when value is not null => new(field, $"{action} does not take a {field}"),
        _ => null,
    };

    private static SpecStepError? BlankValue(string action, string? value, Rule rule) =>
        value is not null && !rule.EmptyValue && string.IsNullOrWhiteSpace(value)
            ? new("value", $"the value of {action} is empty")
            : null;

    private static SpecStepError? ListValues(string action, IReadOnlyList<string>? values, int min)
    {
        if (min == 0)
        {
            return values is null ? null : new("values", $"{action} does not take values");
        }

        if (values is null || values.Count < min)
        {
            return new("values", min == 1 ? $"{action} needs at least one value in values" : $"{action} needs at least {min} values in values");
        }

        return values.Any(string.IsNullOrWhiteSpace) ? new("values", $"the values of {action} must not be empty") : null;
    }

    private static SpecStepError? Qualifiers(string action, StepDraft draft, Rule rule)
    {
        if (draft.Scope is not null && !rule.Within)
        {
            return new("within", $"{action} does not take within");
        }

        if (draft.Scope is { Kind: not ScopeKind.Dialog, Text: var text } && string.IsNullOrWhiteSpace(text))
        {
            return new("within", $"within {draft.Scope.Kind.ToString().ToLowerInvariant()} needs a text");
        }

        if (draft.ElementKind is not null && (rule.Kind == Need.No || string.IsNullOrWhiteSpace(draft.ElementKind)))
        {
            return new("kind", rule.Kind == Need.No ? $"{action} does not take a kind" : "kind is empty");
        }

        if (draft.Ordinal is not null && rule.Ordinal == Need.No)
        {
            return new("ordinal", $"{action} does not take an ordinal");
        }

        if (draft.Ordinal is null && rule.Ordinal == Need.Required)
        {
            return new("ordinal", $"{action} needs an ordinal: which item, 1 for the first, -1 for the last", "first, 2 or last");
        }

        return draft.Ordinal is 0 or < -1 ? new("ordinal", "ordinal must be a positive number, or -1 for the last") : null;
    }

    private static SpecStepError? ValueFormat(StepDraft draft)
    {
        if (draft.Value is not { } value || HasVariable(value))
        {
            return null;
        }

        return draft.Action switch
        {
            StepAction.Press when KeyNames.Normalize(value) is null =>
                new("value", $"'{value}' is not a key", "Enter, Tab, Escape, ArrowDown or Control+A"),
            StepAction.Wait when !WholeNumber(value) => new("value", $"wait needs milliseconds, not '{value}'", "2000"),
            StepAction.AssertCount when !CountValue.TryParse(value, out _) => new("value", $"assert_count needs a whole number, not '{value}'", "4, >=4, <=4, >4 or <4"),
            StepAction.AssertSorted when SortDirection(value) is null => new("value", $"assert_sorted needs a direction, not '{value}'", "ascending or descending"),
            _ => null,
        };
    }

    /// <summary>"ascending" or "descending" for what a spec may write (asc, desc, any case); null for anything else.</summary>
    public static string? SortDirection(string value) => value.Trim().ToLowerInvariant() switch
    {
        "ascending" or "asc" => "ascending",
        "descending" or "desc" => "descending",
        _ => null,
    };

    private static bool WholeNumber(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _);
}
