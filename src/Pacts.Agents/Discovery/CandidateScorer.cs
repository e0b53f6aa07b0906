using Pacts.Agents.Planning;

namespace Pacts.Agents.Discovery;

public sealed record ScoredCandidate(Candidate Candidate, double Score);

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
        var scope = Text.Normalize(step.Scope?.Text);
        var ranked = new List<ScoredCandidate>();
        foreach (var c in candidates)
        {
            if (scope.Length > 0 && !InScope(scope, c))
            {
                continue;
            }

            var fit = RoleFit(step.Action, c);
            if (fit <= 0)
            {
                continue;
            }

            var score = NameMatch.Score(step.Target ?? "", c) * fit * KindFactor(step.ElementKind, c) * (c.Visible ? 1 : 0.3);
            if (score > 0)
            {
                ranked.Add(new ScoredCandidate(c, Math.Round(score, 4)));
            }
        }

        return [.. ranked.OrderByDescending(r => r.Score)];
    }

    public static double RoleFit(StepAction action, Candidate c) => action switch
    {
        StepAction.Fill or StepAction.AssertValue or StepAction.Press =>
            TextInputRoles.Contains(c.Role) && c.Tag != "select" ? 1 : 0,
        StepAction.Select => c.Tag == "select" ? 1 : c.Role is "combobox" or "listbox" ? 0.9 : 0,
        StepAction.Check or StepAction.Uncheck => c.Role is "checkbox" or "radio" or "switch" ? 1 : 0,
        StepAction.Click => ClickRoles.Contains(c.Role) ? 1
            : c.Role == "text" ? 0.6
            : TextInputRoles.Contains(c.Role) ? 0.5
            : 0.8,
        _ => 0,
    };

    private static bool InScope(string scope, Candidate c) =>
        Text.Normalize(c.ContainerText).Contains(scope, StringComparison.Ordinal)
        || Text.Normalize(c.Section).Contains(scope, StringComparison.Ordinal);

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
