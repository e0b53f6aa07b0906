using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Pacts.Agents.Discovery;

/// <summary>
/// Picks the most stable locator that matches exactly one element: test id, role and name, label, placeholder, id,
/// then a short CSS path; inside the scoped repeated container when the page alone does not make it unique.
/// </summary>
internal static partial class LocatorBuilder
{
    private static readonly HashSet<string> AriaRoles = Enum.GetNames<AriaRole>().Select(n => n.ToLowerInvariant()).ToHashSet();

    public static async Task<LocatorSpec?> BuildAsync(IPage page, Candidate c, string? scope, string? target = null)
    {
        var frame = c.Frame.Length > 0 ? c.Frame : null;
        var options = Options(c, target).Select(o => o with { Frame = frame }).ToList();
        foreach (var spec in options)
        {
            if (await IsUniqueAsync(page, spec).ConfigureAwait(false))
            {
                return spec;
            }
        }

        if (c.ContainerSelector.Length > 0 && !string.IsNullOrWhiteSpace(scope))
        {
            foreach (var spec in options)
            {
                var scoped = spec with { ScopeSelector = c.ContainerSelector, ScopeText = scope };
                if (await IsUniqueAsync(page, scoped).ConfigureAwait(false))
                {
                    return scoped;
                }
            }
        }

        var path = await DiscoveryScript.CssPathAsync(page, c).ConfigureAwait(false);
        var css = new LocatorSpec(LocatorKind.Css, path, Frame: frame);
        return path.Length > 0 && await IsUniqueAsync(page, css).ConfigureAwait(false) ? css : null;
    }

    private static IEnumerable<LocatorSpec> Options(Candidate c, string? target)
    {
        if (c.TestId is { } testId)
        {
            yield return new LocatorSpec(LocatorKind.TestId, testId.Attribute, testId.Value);
        }

        if (c.Name.Length > 0 && AriaRoles.Contains(c.Role) && VaryingNumbers(c.Name, target) is { } pattern)
        {
            yield return new LocatorSpec(LocatorKind.Role, c.Role, c.Name, NamePattern: pattern);
        }

        if (c.Name.Length > 0 && AriaRoles.Contains(c.Role))
        {
            yield return new LocatorSpec(LocatorKind.Role, c.Role, c.Name);
        }

        if (c.Label.Length > 0)
        {
            yield return new LocatorSpec(LocatorKind.Label, c.Label);
        }

        if (c.Placeholder.Length > 0)
        {
            yield return new LocatorSpec(LocatorKind.Placeholder, c.Placeholder);
        }

        if (c.Id.Length > 0)
        {
            yield return new LocatorSpec(LocatorKind.Id, c.Id);
        }
    }

    /// <summary>
    /// "Cart (2)" for a step that said "Cart": the number is a count that changes from run to run, so the name is matched
    /// as a pattern with any number there. Null when the name has no number the step did not write itself.
    /// </summary>
    internal static string? VaryingNumbers(string name, string? target)
    {
        var numbers = Number().Matches(name);
        if (numbers.Count == 0 || numbers.All(n => target?.Contains(n.Value, StringComparison.Ordinal) == true))
        {
            return null;
        }

        var parts = Number().Split(name).Select(Regex.Escape);
        return "^" + string.Join(Number().ToString(), parts) + "$";
    }

    [GeneratedRegex("[0-9]+(?:[.,][0-9]+)*")]
    private static partial Regex Number();

    private static async Task<bool> IsUniqueAsync(IPage page, LocatorSpec spec)
    {
        try
        {
            return await spec.ToLocator(page).CountAsync().ConfigureAwait(false) == 1;
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }
}
