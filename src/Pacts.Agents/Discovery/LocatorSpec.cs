using System.Text.Json;
using System.Text.RegularExpressions;
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
/// <param name="NamePattern">
/// For a role locator whose name carries a number the step did not name ("Cart (2)" for "the Cart link"): a regular
/// expression matching the name with any number there, so a changed count does not break the locator.
/// </param>
public sealed record LocatorSpec(LocatorKind Kind, string Value, string? Name = null, string? ScopeSelector = null, string? ScopeText = null, string? Frame = null, string? NamePattern = null)
{
    public ILocator ToLocator(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var frame = Frame is { Length: > 0 } ? page.FrameLocator(Frame) : null;
        if (ScopeSelector is null)
        {
            return frame is null ? Inner(page) : Inner(frame);
        }

        var scope = frame is null ? page.Locator(ScopeSelector) : frame.Locator(ScopeSelector);
        if (ScopeText is not null)
        {
            scope = scope.Filter(new LocatorFilterOptions { HasText = ScopeText });
        }

        return Inner(scope);
    }

    /// <summary>A locator for <paramref name="selector"/> in the document the element is in: the page, or its frame.</summary>
    public ILocator InSameDocument(IPage page, string selector)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Frame is { Length: > 0 } ? page.FrameLocator(Frame).Locator(selector) : page.Locator(selector);
    }

    private ILocator Inner(ILocator root) => Kind switch
    {
        LocatorKind.Role => root.GetByRole(Role, NamePattern is null ? new LocatorGetByRoleOptions { Name = Name, Exact = true } : new LocatorGetByRoleOptions { NameRegex = new Regex(NamePattern) }),
        LocatorKind.Label => root.GetByLabel(Value, new LocatorGetByLabelOptions { Exact = true }),
        LocatorKind.Placeholder => root.GetByPlaceholder(Value, new LocatorGetByPlaceholderOptions { Exact = true }),
        _ => root.Locator(Css),
    };

    private ILocator Inner(IPage root) => Kind switch
    {
        LocatorKind.Role => root.GetByRole(Role, NamePattern is null ? new PageGetByRoleOptions { Name = Name, Exact = true } : new PageGetByRoleOptions { NameRegex = new Regex(NamePattern) }),
        LocatorKind.Label => root.GetByLabel(Value, new PageGetByLabelOptions { Exact = true }),
        LocatorKind.Placeholder => root.GetByPlaceholder(Value, new PageGetByPlaceholderOptions { Exact = true }),
        _ => root.Locator(Css),
    };

    private ILocator Inner(IFrameLocator root) => Kind switch
    {
        LocatorKind.Role => root.GetByRole(Role, NamePattern is null ? new FrameLocatorGetByRoleOptions { Name = Name, Exact = true } : new FrameLocatorGetByRoleOptions { NameRegex = new Regex(NamePattern) }),
        LocatorKind.Label => root.GetByLabel(Value, new FrameLocatorGetByLabelOptions { Exact = true }),
        LocatorKind.Placeholder => root.GetByPlaceholder(Value, new FrameLocatorGetByPlaceholderOptions { Exact = true }),
        _ => root.Locator(Css),
    };

    private AriaRole Role => Enum.Parse<AriaRole>(Value, ignoreCase: true);

    // The CSS form of the kinds that have one (test id, id, a CSS path).
    private string Css => Kind switch
    {
        LocatorKind.TestId => $"[{Value}=\"{CssString(Name ?? "")}\"]",
        LocatorKind.Id => $"[id=\"{CssString(Value)}\"]",
        _ => Value,
    };

    public override string ToString()
    {
        var inner = Kind switch
        {
            LocatorKind.TestId => $"[{Value}=\"{Name}\"]",
            LocatorKind.Role when NamePattern is not null => $"role={Value.ToLowerInvariant()}[name=/{NamePattern}/]",
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

    /// <summary>
    /// The same locator as C# source over the Playwright API, rooted at <paramref name="root"/> (an <c>IPage</c>
    /// expression), for the generated tests. <paramref name="literal"/> writes each string as a C# expression.
    /// </summary>
    public string ToCSharp(string root, Func<string, string> literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        var code = Frame is { Length: > 0 } ? $"{root}.FrameLocator({literal(Frame)})" : root;
        if (ScopeSelector is not null)
        {
            code += $".Locator({literal(ScopeSelector)})";
            code += ScopeText is null ? "" : $".Filter(new() {{ HasText = {literal(ScopeText)} }})";
        }

        return code + Kind switch
        {
            LocatorKind.Role when NamePattern is not null => $".GetByRole(AriaRole.{Role}, new() {{ NameRegex = new System.Text.RegularExpressions.Regex({literal(NamePattern)}) }})",
            LocatorKind.Role when Name is null => $".GetByRole(AriaRole.{Role})",
            LocatorKind.Role => $".GetByRole(AriaRole.{Role}, new() {{ Name = {literal(Name)}, Exact = true }})",
            LocatorKind.Label => $".GetByLabel({literal(Value)}, new() {{ Exact = true }})",
            LocatorKind.Placeholder => $".GetByPlaceholder({literal(Value)}, new() {{ Exact = true }})",
            _ => $".Locator({literal(Css)})",
        };
    }
}
