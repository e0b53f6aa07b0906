using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pacts.Agents.Discovery;

/// <summary>One element of the page as discover.js describes it; also the fingerprint a cached element is checked against.</summary>
public sealed record Candidate
{
    public string Tag { get; init; } = "";
    public string Role { get; init; } = "";
    public string Name { get; init; } = "";
    public string Label { get; init; } = "";
    public string Placeholder { get; init; } = "";
    public string Text { get; init; } = "";
    public string OwnText { get; init; } = "";
    public string Value { get; init; } = "";
    public TestIdValue? TestId { get; init; }
    public string Id { get; init; } = "";
    public string NameAttribute { get; init; } = "";
    public string Type { get; init; } = "";
    public IReadOnlyList<string> Classes { get; init; } = [];
    public string Href { get; init; } = "";
    public Box? Box { get; init; }
    public bool Visible { get; init; }
    public bool Enabled { get; init; }
    public bool Checked { get; init; }
    public string ContainerText { get; init; } = "";
    public string ContainerSelector { get; init; } = "";

    /// <summary>The container's text line by line (a card's title, price, button), to prefer the exact item.</summary>
    public IReadOnlyList<string> ContainerLines { get; init; } = [];
    public string Section { get; init; } = "";
    public string Dialog { get; init; } = "";

    /// <summary>The CSS path of the same-origin frame the element is in; empty for the page itself.</summary>
    public string Frame { get; init; } = "";

    /// <summary>The candidate's place in the list the last discovery returned; the page keeps that list for a CSS path.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Index { get; init; }

    internal static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The attributes that identify the element, without volatile ones (value, box, checked).</summary>
    public Candidate ToFingerprint() => this with { Value = "", Box = null, Checked = false, Index = 0, Visible = true, Enabled = true };
}

public sealed record TestIdValue(string Attribute, string Value);

public sealed record Box(double X, double Y, double Width, double Height);
