using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pacts.Agents.Planning.Specs;

/// <summary>
/// Reads a test case's <c>steps</c> and <c>assertions</c>: a text is plain language for the grammar; a map is a
/// structured step, checked here, and its <c>expect</c> text follows it as a step of its own.
/// </summary>
internal static class SpecStepReader
{
    private static readonly string[] StepFields = ["action", "target", "value", "values", "within", "ordinal", "kind", "expect"];

    public static void Read(SpecNodes nodes, IReadOnlyList<YamlNode> items, bool assertions, List<StepSource> into)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case YamlScalarNode scalar when !SpecNodes.IsNull(scalar) && !string.IsNullOrWhiteSpace(scalar.Value):
                    into.Add(new StepSource(SpecSyntax.Line(scalar.Start), TextColumn(scalar), scalar.Value.Trim(), assertions));
                    break;
                case YamlMappingNode map:
                    ReadMap(nodes, map, assertions, into);
                    break;
                case YamlScalarNode:
                    nodes.Error(item, assertions ? "empty assertion" : "empty step");
                    break;
                default:
                    nodes.Error(item, "a step is a text or a map with an action", "- action: click");
                    break;
            }
        }
    }

    private static void ReadMap(SpecNodes nodes, YamlMappingNode map, bool assertions, List<StepSource> into)
    {
        // A misspelt field or a list where a text belongs also leaves the step incomplete; one error about it is enough.
        var errorsBefore = nodes.Errors.Count;
        if (nodes.Fields(map, "a step", StepFields) is not { } fields)
        {
            return;
        }

        var step = new SpecStep(
            nodes.Text(fields, "action") ?? string.Empty,
            nodes.Text(fields, "target"),
            nodes.Text(fields, "value"),
            nodes.Texts(fields, "values"),
            nodes.Text(fields, "within"),
            nodes.Text(fields, "ordinal"),
            nodes.Text(fields, "kind"),
            nodes.Text(fields, "expect"));
        if (nodes.Errors.Count > errorsBefore)
        {
            return;
        }

        if (SpecSteps.Read(step, out var error) is not { } draft)
        {
            var at = fields.TryGetValue(error!.Field, out var field) ? field.Value : map;
            nodes.Error(at, error.Message, error.Suggestion);
            return;
        }

        if (assertions && !ActionNames.IsAssertion(draft.Action))
        {
            nodes.Error(fields["action"].Value, $"'{ActionNames.Of(draft.Action)}' is not an assertion; put it under steps");
            return;
        }

        into.Add(new StepSource(SpecSyntax.Line(map.Start), SpecSyntax.Column(map.Start), draft.Describe(), assertions, [draft]));
        if (fields.TryGetValue("expect", out var expect))
        {
            AddExpect(nodes, expect, assertions, into);
        }
    }

    private static void AddExpect(SpecNodes nodes, SpecField expect, bool assertions, List<StepSource> into)
    {
        if (assertions)
        {
            nodes.Error(expect.Key, "an assertion has no expect; write it as an assertion of its own");
        }
        else if (expect.Value is YamlScalarNode scalar)
        {
            if (string.IsNullOrWhiteSpace(scalar.Value) || SpecNodes.IsNull(scalar))
            {
                nodes.Error(scalar, "expect is empty", "expect: \"Welcome\" is visible");
                return;
            }

            into.Add(new StepSource(SpecSyntax.Line(scalar.Start), TextColumn(scalar), scalar.Value.Trim(), false));
        }
    }

    /// <summary>Where the text itself starts: one past the opening quote of a quoted scalar.</summary>
    private static int TextColumn(YamlScalarNode scalar) =>
        SpecSyntax.Column(scalar.Start) + (scalar.Style is ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted ? 1 : 0);
}
