using System.Text.Json;
using Microsoft.Playwright;

namespace Pacts.Agents.Discovery;

public enum LocatorKind
{
    TestId,
    Role,
    Label,
    Placeholder,
    Id,
    Css,
}

/// <summary>
/// A locator in a stable, serialisable form, optionally inside the repeated container holding a text (a card for
/// "Blue Mug"). Turns into a Playwright locator, a readable description, and later into generated code.
/// </summary>
public sealed record LocatorSpec(LocatorKind Kind, string Value, string? Name = null, string? ScopeSelector = null, string? ScopeText = null)
{
    public ILocator ToLocator(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (ScopeSelector is null)
        {
            return Inner(page.Locator(":root"));
        }

        var scope = page.Locator(ScopeSelector);
        if (ScopeText is not null)
        {
            scope = scope.Filter(new LocatorFilterOptions { HasText = ScopeText });
        }

        return Inner(scope);
    }

    private ILocator Inner(ILocator root) => Kind switch
    {
        LocatorKind.TestId => root.Locator($"[{Value}=\"{CssString(Name ?? "")}\"]"),
        LocatorKind.Role => root.GetByRole(Enum.Parse<AriaRole>(Value, ignoreCase: true), new LocatorGetByRoleOptions { Name = Name, Exact = true }),
        LocatorKind.Label => root.GetByLabel(Value, new LocatorGetByLabelOptions { Exact = true }),
        LocatorKind.Placeholder => root.GetByPlaceholder(Value, new LocatorGetByPlaceholderOptions { Exact = true }),
        LocatorKind.Id => root.Locator($"[id=\"{CssString(Value)}\"]"),
        _ => root.Locator(Value),
    };

    public override string ToString()
    {
        var inner = Kind switch
        {
            LocatorKind.TestId => $"[{Value}=\"{Name}\"]",
            LocatorKind.Role => $"role={Value.ToLowerInvariant()}[name=\"{Name}\"]",
            LocatorKind.Label => $"label=\"{Value}\"",
            LocatorKind.Placeholder => $"placeholder=\"{Value}\"",
            LocatorKind.Id => $"#{Value}",
            _ => $"css={Value}",
        };
        return ScopeSelector is null ? inner : $"{ScopeSelector}:has-text(\"{ScopeText}\") >> {inner}";
    }

    public string Serialize() => JsonSerializer.Serialize(this, Candidate.Json);

    public static LocatorSpec? Deserialize(string json) => JsonSerializer.Deserialize<LocatorSpec>(json, Candidate.Json);

    private static string CssString(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
