namespace Pacts.Agents.Planning.Specs;

/// <summary>
/// Turns a structured step (<c>{action, target, value, values, within, ordinal, kind}</c>) into a checked
/// <see cref="StepDraft"/>: the action name is known, the qualifiers parse, press keys and wait durations are normalized,
/// and the action has exactly the fields it uses.
/// </summary>
internal static class SpecSteps
{
    public static StepDraft? ToDraft(SpecStep step, out string? error)
    {
        var draft = Read(step, out var problem);
        error = problem?.ToString();
        return draft;
    }

    /// <summary>Null when <paramref name="draft"/> is a valid step; otherwise what is wrong with it.</summary>
    public static string? Check(StepDraft draft) => SpecStepRules.Check(draft)?.ToString();

    /// <summary>As <see cref="ToDraft"/>, naming the field at fault so that a reader can point at it.</summary>
    public static StepDraft? Read(SpecStep step, out SpecStepError? error)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (string.IsNullOrWhiteSpace(step.Action))
        {
            error = new SpecStepError("action", "a step needs an action", "click");
            return null;
        }

        if (!ActionNames.TryParse(step.Action, out var action))
        {
            var written = step.Action.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
            error = new SpecStepError("action", $"unknown action '{step.Action.Trim()}'", Closest(written, ActionNames.All));
            return null;
        }

        var scope = step.Within is null ? null : SpecQualifiers.Within(step.Within);
        var ordinal = step.Ordinal is null ? null : SpecQualifiers.Ordinal(step.Ordinal);
        error = step.Within is not null && scope is null ? new SpecStepError("within", $"within '{step.Within}' names nothing", "section:Shipping")
            : step.Ordinal is not null && ordinal is null ? new SpecStepError("ordinal", $"ordinal '{step.Ordinal}' is not a position", "first, 2 or last")
            : null;
        if (error is not null)
        {
            return null;
        }

        var draft = Normalize(new StepDraft(
            action,
            string.IsNullOrWhiteSpace(step.Target) ? null : step.Target.Trim(),
            step.Value,
            step.Values,
            scope,
            step.Kind?.Trim().Replace('_', ' ').ToLowerInvariant(),
            ordinal));
        error = SpecStepRules.Check(draft);
        return error is null ? draft : null;
    }

    /// <summary>The candidate closest to <paramref name="written"/> by edit distance (the first of equals).</summary>
    public static string Closest(string written, IEnumerable<string> candidates) =>
        candidates.OrderBy(c => Text.EditDistance(written, c)).First();

    private static StepDraft Normalize(StepDraft draft)
    {
        if (draft.Value is not { } value || SpecStepRules.HasVariable(value))
        {
            // wait_for names what to wait for; a spec may write it as the target.
            return draft.Action is StepAction.WaitFor or StepAction.WaitForGone && draft.Value is null && draft.Target is not null
                ? draft with { Value = draft.Target, Target = null }
                : draft;
        }

        return draft.Action switch
        {
            StepAction.Press => draft with { Value = KeyNames.Normalize(value) ?? value },
            StepAction.Wait => draft with { Value = SpecQualifiers.Milliseconds(value) ?? value },
            StepAction.Navigate => draft with { Value = value.Trim() },
            StepAction.AssertCount => draft with { Value = CountValue.TryParse(value, out var count) ? count.ToString() : value.Trim() },
            StepAction.AssertSorted => draft with { Value = SpecStepRules.SortDirection(value) ?? value },
            _ => draft,
        };
    }
}
