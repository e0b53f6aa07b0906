namespace Pacts.Agents.Planning;

/// <summary>What the grammar made of one line: its steps, or an error with the closest known phrasing.</summary>
/// <param name="OpensForm">True for "Fill in the form:", whose following "Field = value" lines are fills.</param>
internal sealed record LineRead(IReadOnlyList<StepDraft> Steps, string? Error, string? Suggestion, bool OpensForm = false)
{
    public bool Success => Error is null;
}

/// <summary>
/// The deterministic grammar of one line: action steps (<see cref="NavigationSteps"/>, <see cref="FormSteps"/>,
/// <see cref="PointerSteps"/>) and expected results (<see cref="FactGrammar"/>). The same line always gives the same
/// steps; a line no rule reads gives an error with the closest known phrasing.
/// </summary>
internal static class StepGrammar
{
    /// <summary>Every action rule, in the order they are tried: the first that reads the line wins.</summary>
    private static readonly StepRule[] Actions = [.. NavigationSteps.Rules, .. FormSteps.Rules, .. PointerSteps.Rules];

    /// <summary>
    /// Reads one line (without its number or bullet): an action step, or with <paramref name="expectation"/> an
    /// expected result. Compound lines give several steps; a line no rule reads gives an error and a suggestion.
    /// </summary>
    public static LineRead Read(string line, bool expectation)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > Phrases.MaxLineLength)
        {
            return new LineRead([], $"the line is {line.Length} characters long; a step can be at most {Phrases.MaxLineLength}", "split it into several steps");
        }

        FactGrammar.BeginLine();
        var text = Phrases.Clean(line);
        if (text.Length == 0)
        {
            return new LineRead([], "cannot read an empty step", Suggestions.For(line, expectation));
        }

        if (FormSteps.OpensForm(text))
        {
            return new LineRead([], null, null, OpensForm: true);
        }

        if (expectation)
        {
            return Facts(text, line, expectation: true);
        }

        var prefix = FactGrammar.Prefix(text);
        if (prefix.Length > 0 && !PointerSteps.IsBareCheck(prefix))
        {
            return Facts(text, line, expectation: false);
        }

        // "Check the Gift checkbox" is an action; "Check the total shows $26" is a fact.
        if (prefix.Length > 0 && FactGrammar.Read(text) is { } facts)
        {
            return new LineRead(facts, null, null);
        }

        if (CompoundSteps.Read(text, ReadPart) is { } steps)
        {
            return new LineRead(steps, null, null);
        }

        return Facts(text, line, expectation: false);
    }

    /// <summary>Reads a field/value line under "Fill in the form:" ("First Name = John", "City: Springfield").</summary>
    public static StepDraft? ReadFormLine(string line) => FormSteps.ReadFormLine(line);

    // One part of a step line: an action, or a check written as one ("…, then verify the total is $5").
    private static StepDraft[]? ReadPart(string text)
    {
        if (ReadAction(text) is { } steps)
        {
            return steps;
        }

        var prefix = FactGrammar.Prefix(text);
        return prefix.Length > 0 && !PointerSteps.IsBareCheck(prefix) ? FactGrammar.Read(text) : null;
    }

    internal static StepDraft[]? ReadAction(string text)
    {
        foreach (var (pattern, build) in Actions)
        {
            var match = pattern.Match(text);
            if (match.Success && build(match) is { } steps && steps.All(s => Valid(s) && Shapes.Fits(text, s)))
            {
                return steps;
            }
        }

        return null;
    }

    private static LineRead Facts(string text, string line, bool expectation)
    {
        var facts = FactGrammar.Read(text);
        if (facts is not null)
        {
            return new LineRead(facts, null, null);
        }

        var what = expectation || FactGrammar.Prefix(text).Length > 0 ? "expected result" : "step";
        var why = expectation ? FactGrammar.Why(text) : Suggestions.MissingPart(text) ?? FactGrammar.Why(text);
        return new LineRead([], $"cannot read the {what} '{line.Trim()}'{why}", Suggestions.For(line, expectation));
    }

    private static bool Valid(StepDraft step) =>
        step.Target is not { Length: 0 } && (step.Value is not { Length: 0 } || step.Action is StepAction.Fill or StepAction.Type)
        && !(step.Action is StepAction.Click or StepAction.DoubleClick or StepAction.Hover && step.Target is null)
        // "the To field" names a field; a bare "to" names nothing.
        && (step.ElementKind is not null || !Phrases.IsEmptyWord(step.Target)) && !Phrases.IsEmptyWord(step.Value)
        && (step.Target is null || !Phrases.StartsWithPreposition(step.Target));
}
