using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pacts.Agents.Planning.Specs;

/// <summary>A field of a spec map: its name's node (where "unknown field" points) and its value.</summary>
internal readonly record struct SpecField(YamlScalarNode Key, YamlNode Value);

/// <summary>Reads spec nodes as fields, texts and lists, adding an error with the node's position for every wrong shape.</summary>
internal sealed class SpecNodes(List<PlanError> errors)
{
    public List<PlanError> Errors { get; } = errors;

    public void Error(YamlNode node, string message, string? suggestion = null) =>
        Errors.Add(new PlanError(SpecSyntax.Line(node.Start), SpecSyntax.Column(node.Start), message, suggestion));

    /// <summary>Whether a node is YAML's null (<c>~</c>, <c>null</c>, nothing), which reads as an absent field.</summary>
    public static bool IsNull(YamlNode? node) => node is null
        || node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>The fields of a map node; unknown names are errors that suggest the closest known one.</summary>
    public Dictionary<string, SpecField>? Fields(YamlNode node, string what, IReadOnlyList<string> known)
    {
        if (node is not YamlMappingNode map)
        {
            Error(node, $"{what} must be a map of fields");
            return null;
        }

        var fields = new Dictionary<string, SpecField>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } name } key)
            {
                Error(keyNode, "a field name must be a text");
            }
            else if (!known.Contains(name, StringComparer.Ordinal))
            {
                Error(key, $"unknown field '{name}'", SpecSteps.Closest(name.ToLowerInvariant(), known));
            }
            else
            {
                fields[name] = new SpecField(key, value);
            }
        }

        return fields;
    }

    /// <summary>The text of a scalar field; null when absent or null, and an error when it is a list or a map.</summary>
    public string? Text(Dictionary<string, SpecField>? fields, string name) =>
        fields is not null && fields.TryGetValue(name, out var field) ? Text(field.Value, name) : null;

    public string? Text(YamlNode node, string what)
    {
        if (IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Error(node, $"{what} must be a text, not a {(node is YamlSequenceNode ? "list" : "map")}");
        return null;
    }

    /// <summary>The items of a list field; empty when absent or null, and an error when it is not a list.</summary>
    public IReadOnlyList<YamlNode> List(Dictionary<string, SpecField>? fields, string name)
    {
        if (fields is null || !fields.TryGetValue(name, out var field) || IsNull(field.Value))
        {
            return [];
        }

        if (field.Value is YamlSequenceNode list)
        {
            return [.. list.Children];
        }

        Error(field.Value, $"{name} must be a list");
        return [];
    }

    /// <summary>A list of texts (<c>values</c>, <c>tags</c>); null when absent.</summary>
    public List<string>? Texts(Dictionary<string, SpecField> fields, string name)
    {
        if (!fields.TryGetValue(name, out var field) || IsNull(field.Value))
        {
            return null;
        }

        var texts = new List<string>();
        foreach (var item in List(fields, name))
        {
            // A null entry stays as an empty text, so the rules can say that entries must not be empty.
            texts.Add(Text(item, $"an entry of {name}") ?? string.Empty);
        }

        return texts;
    }
}
