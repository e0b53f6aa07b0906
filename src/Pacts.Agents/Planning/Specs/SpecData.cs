using YamlDotNet.RepresentationModel;

namespace Pacts.Agents.Planning.Specs;

/// <summary>The data rows of a spec table and the names of its columns marked <c>secret:</c>.</summary>
internal sealed record SpecRows(IReadOnlyList<DataRow> Rows, IReadOnlyCollection<string> Secrets)
{
    public static SpecRows None { get; } = new([], []);
}

/// <summary>Reads a spec's <c>data</c> rows and <c>variables</c>.</summary>
internal static class SpecData
{
    /// <summary>Every row is a map of names to scalar values, and every row has the same names as the first.</summary>
    public static SpecRows Rows(SpecNodes nodes, Dictionary<string, SpecField>? fields)
    {
        var rows = new List<DataRow>();
        var secrets = new SortedSet<string>(StringComparer.Ordinal);
        HashSet<string>? columns = null;
        foreach (var item in nodes.List(fields, "data"))
        {
            if (item is not YamlMappingNode map)
            {
                nodes.Error(item, "a data row must be a map of names to values", "- username: jane");
                continue;
            }

            var values = Row(nodes, map, secrets);
            columns ??= [.. values.Keys];
            if (!columns.SetEquals(values.Keys))
            {
                nodes.Error(item, $"data row {rows.Count + 1} does not have the same names as row 1 ({string.Join(", ", columns.Order(StringComparer.Ordinal))})");
            }

            rows.Add(new DataRow(rows.Count + 1, values, SpecSyntax.Line(item.Start)));
        }

        return rows.Count == 0 ? SpecRows.None : new SpecRows(rows, secrets);
    }

    /// <summary>Names to texts; a <c>secret:</c> name keeps its prefix, for the planner to mask.</summary>
    public static Dictionary<string, string> Variables(SpecNodes nodes, Dictionary<string, SpecField> fields)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!fields.TryGetValue("variables", out var field) || SpecNodes.IsNull(field.Value))
        {
            return variables;
        }

        if (field.Value is not YamlMappingNode map)
        {
            nodes.Error(field.Value, "variables must be a map of names to values", "variables: { user: jane }");
            return variables;
        }

        foreach (var (key, value) in map.Children)
        {
            if (Name(nodes, key, out var secret) is { } name)
            {
                variables[secret ? DataColumns.SecretPrefix + name : name] = nodes.Text(value, $"the value of '{name}'") ?? string.Empty;
            }
        }

        return variables;
    }

    private static Dictionary<string, string> Row(SpecNodes nodes, YamlMappingNode map, SortedSet<string> secrets)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            if (Name(nodes, key, out var secret) is not { } name)
            {
                continue;
            }

            if (!values.TryAdd(name, nodes.Text(value, $"the value of '{name}'") ?? string.Empty))
            {
                nodes.Error(key, $"'{name}' appears twice in this data row");
            }

            if (secret)
            {
                secrets.Add(name);
            }
        }

        return values;
    }

    private static string? Name(SpecNodes nodes, YamlNode key, out bool secret)
    {
        secret = false;
        if (key is not YamlScalarNode { Value: { } written } || DataColumns.Name(written, out secret) is not { Length: > 0 } name)
        {
            nodes.Error(key, "a name must be a text; after 'secret:' it cannot be empty");
            return null;
        }

        return name;
    }
}
