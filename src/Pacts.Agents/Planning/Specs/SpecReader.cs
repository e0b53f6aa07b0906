using YamlDotNet.RepresentationModel;

namespace Pacts.Agents.Planning.Specs;

/// <summary>
/// Reads a JSON or YAML spec (<c>req_id</c>, <c>url</c>, <c>variables</c>, <c>data</c>, <c>testcases</c>) into a
/// <see cref="RequirementDocument"/>. Every problem is a <see cref="PlanError"/> with the line and column of the node at
/// fault; unknown fields are errors, never ignored.
/// </summary>
internal static class SpecReader
{
    private static readonly string[] TopFields =
        ["req_id", "title", "description", "url", "variables", "data", "testcases", "steps", "assertions", "tags"];

    // A test case's title is the first of these it has.
    private static readonly string[] TitleFields = ["title", "name", "id"];

    private static readonly string[] CaseOnlyFields = ["steps", "assertions"];

    private static readonly string[] CaseFields = ["title", "name", "id", "url", "description", "steps", "assertions", "data", "tags"];

    /// <param name="variables">The spec's <c>variables</c>; a secret one keeps its <c>secret:</c> prefix.</param>
    public static RequirementDocument Read(string name, string content, bool json, List<PlanError> errors, out IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(errors);
        variables = new Dictionary<string, string>();
        var nodes = new SpecNodes(errors);
        if (SpecSyntax.Load(content, json, errors) is not { } root || nodes.Fields(root, "a spec", TopFields) is not { } top)
        {
            return new RequirementDocument(name, []);
        }

        var documentName = nodes.Text(top, "req_id")?.Trim() is { Length: > 0 } id ? id : name;
        variables = SpecData.Variables(nodes, top);
        if (!top.ContainsKey("testcases") && (top.ContainsKey("steps") || top.ContainsKey("assertions")))
        {
            // The top level is the one test case: its title, url, description, data and tags are the case's own.
            return new RequirementDocument(documentName, [Case(nodes, root, top, new CaseDefaults(documentName, null, null, SpecRows.None))]);
        }

        nodes.Text(top, "title");
        nodes.Text(top, "description");
        Tags(nodes, top);
        var url = Present(top, "url");
        var defaults = new CaseDefaults(documentName, url, url is { } u ? Url(nodes, u) : null, SpecData.Rows(nodes, top));
        return new RequirementDocument(documentName, Cases(nodes, root, top, defaults));
    }

    /// <summary>What a test case takes from the top of the spec when it does not say it itself.</summary>
    private sealed record CaseDefaults(string Title, SpecField? UrlField, string? Url, SpecRows Data);

    private static List<CaseSource> Cases(SpecNodes nodes, YamlNode root, Dictionary<string, SpecField> top, CaseDefaults defaults)
    {
        if (!top.TryGetValue("testcases", out var testcases))
        {
            nodes.Error(root, "the spec has no testcases", "testcases: [{ title: ..., steps: [...] }]");
            return [];
        }

        foreach (var misplaced in CaseOnlyFields.Where(top.ContainsKey))
        {
            nodes.Error(top[misplaced].Key, $"'{misplaced}' belongs inside a test case when the spec has testcases");
        }

        var items = nodes.List(top, "testcases");
        if (items.Count == 0 && (SpecNodes.IsNull(testcases.Value) || testcases.Value is YamlSequenceNode))
        {
            nodes.Error(testcases.Value, "testcases is empty");
        }

        var cases = new List<CaseSource>();
        for (var i = 0; i < items.Count; i++)
        {
            var title = items.Count == 1 ? defaults.Title : $"{defaults.Title} #{i + 1}";
            if (nodes.Fields(items[i], "a test case", CaseFields) is { } fields)
            {
                cases.Add(Case(nodes, items[i], fields, defaults with { Title = title }));
            }
        }

        return cases;
    }

    private static CaseSource Case(SpecNodes nodes, YamlNode node, Dictionary<string, SpecField> fields, CaseDefaults defaults)
    {
        var title = TitleFields.Select(f => nodes.Text(fields, f)?.Trim()).FirstOrDefault(t => !string.IsNullOrEmpty(t))
            ?? defaults.Title;
        var own = Present(fields, "url");
        var urlField = own ?? defaults.UrlField;
        var url = own is { } written ? Url(nodes, written) : defaults.Url;
        if (urlField is null)
        {
            nodes.Error(node, $"test case '{title}' has no url; give it a url or put one at the top of the spec", "url: https://example.com/");
        }

        var data = fields.ContainsKey("data") ? SpecData.Rows(nodes, fields) : defaults.Data;
        var steps = new List<StepSource>();
        SpecStepReader.Read(nodes, nodes.List(fields, "steps"), assertions: false, steps);
        SpecStepReader.Read(nodes, nodes.List(fields, "assertions"), assertions: true, steps);
        Tags(nodes, fields);
        var at = urlField?.Value ?? node;
        return new CaseSource(
            title, url, SpecSyntax.Line(at.Start), SpecSyntax.Column(at.Start), nodes.Text(fields, "description")?.Trim(),
            SpecSyntax.Line(node.Start), data.Rows, steps)
        {
            DataHeaderSecrets = data.Secrets,
        };
    }

    private static SpecField? Present(Dictionary<string, SpecField> fields, string name) =>
        fields.TryGetValue(name, out var field) && !SpecNodes.IsNull(field.Value) ? field : null;

    /// <summary>The address as written; a list, a map or an empty text is an error (and null).</summary>
    private static string? Url(SpecNodes nodes, SpecField field)
    {
        var url = nodes.Text(field.Value, "url")?.Trim();
        if (url is { Length: 0 })
        {
            nodes.Error(field.Value, "url is empty", "url: https://example.com/");
        }

        return string.IsNullOrEmpty(url) ? null : url;
    }

    /// <summary>Tags are accepted (for the reader's own bookkeeping) and ignored, but must still be a list of texts.</summary>
    private static void Tags(SpecNodes nodes, Dictionary<string, SpecField> fields) => nodes.Texts(fields, "tags");
}
