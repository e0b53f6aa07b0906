using System.Text.RegularExpressions;
using Pacts.Agents.Planning;
using Pacts.Storage.Selectors;

namespace Pacts.Agents.Discovery;

/// <summary>Cache keys: environment, origin and path pattern of the page, then the element key of the step.</summary>
internal static partial class CacheKeys
{
    public static SelectorKey For(string environment, string pageUrl, PlanStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var uri = Uri.TryCreate(pageUrl, UriKind.Absolute, out var parsed) ? parsed : null;
        var origin = uri is null ? "" : uri.GetLeftPart(UriPartial.Authority);
        var path = uri is null ? "" : Digits().Replace(uri.AbsolutePath, "{n}");
        var element = string.Join('|', ActionGroup(step.Action), Text.Normalize(step.Target), Text.Normalize(step.Scope?.ToString()), step.ElementKind ?? "", step.Ordinal?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return new SelectorKey(environment, origin, path, element);
    }

    // Filling a field and checking its value find the same element, so they share an entry.
    private static string ActionGroup(StepAction action) => action switch
    {
        StepAction.Fill or StepAction.AssertValue or StepAction.Press => "input",
        StepAction.Check or StepAction.Uncheck => "toggle",
        _ => ActionNames.Of(action),
    };

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
