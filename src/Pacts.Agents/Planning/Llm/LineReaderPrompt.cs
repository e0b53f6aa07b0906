using System.Globalization;
using System.Reflection;
using System.Text;
using YamlDotNet.Serialization;

namespace Pacts.Agents.Planning.Llm;

/// <summary>The messages sent for one requirement's unread lines, from the embedded <c>line-reader.prompt.yaml</c>.</summary>
internal static class LineReaderPrompt
{
    private const string ResourceName = "Pacts.Agents.line-reader.prompt.yaml";

    private static readonly Lazy<(string System, string User)> Template = new(Load);

    /// <summary>The task, the action names, the step fields and the answer's JSON shape.</summary>
    public static string System => Template.Value.System;

    /// <summary>One line per unread line, <c>12: text</c>, expected results marked <c>12 (expected result): text</c>.</summary>
    public static string User(IReadOnlyList<UnreadLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var text = new StringBuilder(Template.Value.User);
        foreach (var line in lines)
        {
            text.Append(line.Line.ToString(CultureInfo.InvariantCulture))
                .Append(line.IsExpectation ? " (expected result): " : ": ")
                .Append(line.Text.ReplaceLineEndings(" ").Trim())
                .Append('\n');
        }

        return text.ToString();
    }

    private static (string, string) Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded prompt {ResourceName} is missing from Pacts.Agents.");
        using var reader = new StreamReader(stream);
        var parts = new DeserializerBuilder().Build().Deserialize<Dictionary<string, string>>(reader);
        var system = parts["system"].Replace("{actions}", string.Join(", ", ActionNames.All), StringComparison.Ordinal);
        return (system, parts["user"]);
    }
}
