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
/// <param name="Frame">The CSS path of the same-origin frame the element is in; null for the page itself.</param>
public sealed record LocatorSpec(LocatorKind Kind, string Value, string? Name = null, string? ScopeSelector = null, string? ScopeText = null, string? Frame = null)
{
    public ILocator ToLocator(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var document = Frame is { Length: > 0 } frame ? page.FrameLocator(frame).Locator(":root") : page.Locator(":root");
        if (ScopeSelector is null)
        {
            return Inner(document);
        }

        var scope = document.Locator(ScopeSelector);
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
        var scoped = ScopeSelector is null ? inner : $"{ScopeSelector}:has-text(\"{ScopeText}\") >> {inner}";
        return Frame is { Length: > 0 } ? $"frame={Frame} >> {scoped}" : scoped;
    }

    public string Serialize() => JsonSerializer.Serialize(this, Candidate.Json);

    public static LocatorSpec? Deserialize(string json) => JsonSerializer.Deserialize<LocatorSpec>(json, Candidate.Json);

    private static string CssString(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
