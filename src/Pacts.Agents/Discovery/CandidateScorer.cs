using Pacts.Agents.Planning;

namespace Pacts.Agents.Discovery;

/// <param name="Order">The candidate's position in document order, for ordinals ("the second ... button").</param>
public sealed record ScoredCandidate(Candidate Candidate, double Score, int Order = 0);

/// <summary>
/// Scores candidates for a step: name match × role fitness for the action × the named element kind × visibility,
/// with candidates outside the step's scope left out.
/// </summary>
internal static class CandidateScorer
{
    public const double Threshold = 0.5;
    public const double RequiredMargin = 0.08;

    private static readonly HashSet<string> TextInputRoles = ["textbox", "searchbox", "combobox", "spinbutton"];
    private static readonly HashSet<string> ClickRoles = ["button", "link", "menuitem", "tab", "checkbox", "radio", "option", "switch", "menuitemcheckbox", "menuitemradio", "treeitem"];

    public static IReadOnlyList<ScoredCandidate> Rank(PlanStep step, IEnumerable<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(step);
        var all = candidates.Select((c, i) => (Candidate: c, Order: i)).ToList();
        var inScope = step.Scope is null ? all : all.Where(c => InScope(step.Scope, c.Candidate)).ToList();
        // A section named only to say where ("in the header") narrows the search when it can, and is ignored otherwise.
        if (inScope.Count == 0 && step.Scope?.Kind == ScopeKind.Section)
        {
            inScope = all;
        }

        var ranked = new List<ScoredCandidate>();
        foreach (var (c, order) in inScope)
        {
            var fit = RoleFit(step.Action, c);
            if (fit <= 0)
            {
                continue;
            }

            var score = NameMatch.Score(step.Target ?? "", c) * fit * KindFactor(step.ElementKind, c) * (c.Visible ? 1 : 0.3) * ScopeFactor(step.Scope, c);
            if (score > 0)
            {
                ranked.Add(new ScoredCandidate(c, Math.Round(score, 4), order));
            }
        }

        return [.. ranked.OrderByDescending(r => r.Score)];
    }

    public static double RoleFit(StepAction action, Candidate c) => action switch
    {
        StepAction.Fill or StepAction.Type or StepAction.Clear or StepAction.AssertValue or StepAction.Press =>
            TextInputRoles.Contains(c.Role) && c.Tag != "select" && c.Type != "file" ? 1
            // "Set Country to Canada" fills a select as people say it; the Executor then chooses the option.
            : action == StepAction.Fill && (c.Tag == "select" || c.Role is "combobox" or "listbox") ? 0.85
            : 0,
        StepAction.Upload => c.Type == "file" ? 1 : 0,
        // The combobox a person types or clicks in beats the listbox it opens (both carry the same label).
        StepAction.Select or StepAction.AssertSelected => c.Tag == "select" ? 1 : c.Role == "combobox" ? 0.9 : c.Role == "listbox" ? 0.8 : 0,
        StepAction.Check or StepAction.Uncheck or StepAction.AssertChecked or StepAction.AssertUnchecked =>
            c.Role is "checkbox" or "radio" or "switch" or "menuitemcheckbox" or "menuitemradio" ? 1 : c.Role is "tab" or "option" ? 0.8 : 0,
        StepAction.Click or StepAction.DoubleClick or StepAction.Hover or StepAction.ScrollTo => ClickRoles.Contains(c.Role) ? 1
            : c.Role == "text" && c.TestId is not null ? 0.8
            : c.Role == "text" ? 0.6
            : TextInputRoles.Contains(c.Role) ? 0.5
            : 0.8,
        StepAction.AssertVisible or StepAction.AssertEnabled or StepAction.AssertDisabled => c.Role == "text" ? 0.7 : 1,
        StepAction.AssertText => c.Role == "text" || c.TestId is not null ? 1 : 0.8,
        _ => 0,
    };

    // "for Blue Mug" when "Blue Mug Lid" is also on the page: the item with a line that is exactly the scope text wins.
    private static double ScopeFactor(StepScope? scope, Candidate c)
    {
        if (scope is not { Kind: ScopeKind.Item or ScopeKind.Row, Text: { } text } || c.ContainerLines.Count == 0)
        {
            return 1;
        }

        var wanted = Text.Normalize(text);
        return c.ContainerLines.Any(line => Text.Normalize(line) == wanted) ? 1 : 0.9;
    }

    public static bool InScope(StepScope scope, Candidate c)
    {
        var text = Text.Normalize(scope.Text);
        return scope.Kind switch
        {
            ScopeKind.Dialog => c.Dialog.Length > 0 && (text.Length == 0 || Text.Normalize(c.Dialog).Contains(text, StringComparison.Ordinal)),
            ScopeKind.Section => Text.Normalize(c.Section).Contains(text, StringComparison.Ordinal)
                || Text.Normalize(c.Dialog).Contains(text, StringComparison.Ordinal)
                || Text.Normalize(c.ContainerText).Contains(text, StringComparison.Ordinal),
            _ => Text.Normalize(c.ContainerText).Contains(text, StringComparison.Ordinal)
                || Text.Normalize(c.Section).Contains(text, StringComparison.Ordinal),
        };
    }

    private static double KindFactor(string? kind, Candidate c) => kind switch
    {
        "button" => c.Role == "button" ? 1 : c.Role == "link" ? 0.85 : 0.7,
        "link" => c.Role == "link" ? 1 : c.Role == "button" ? 0.85 : 0.7,
        "checkbox" => c.Role == "checkbox" ? 1 : 0.8,
        "radio" => c.Role == "radio" ? 1 : 0.8,
        "dropdown" => c.Tag == "select" || c.Role is "combobox" or "listbox" ? 1 : 0.7,
        "tab" => c.Role == "tab" ? 1 : 0.8,
        _ => 1,
    };
}
