using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pacts.Agents.Planning.Specs;

/// <summary>
/// Loads a JSON or YAML spec into YamlDotNet's node tree, whose nodes know their line and column. JSON is checked with
/// System.Text.Json first: its syntax errors are precise, where a YAML parser would explain JSON mistakes in YAML terms.
/// </summary>
internal static class SpecSyntax
{
    /// <summary>The root node of the one document in <paramref name="content"/>, or null after adding an error.</summary>
    public static YamlNode? Load(string content, bool json, List<PlanError> errors)
    {
        var text = content.StartsWith('\uFEFF') ? content[1..] : content;
        if (json && !CheckJson(text, errors))
        {
            return null;
        }

        var parser = new Parser(new StringReader(text));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            errors.Add(new PlanError(Line(e.Start), Column(e.Start), $"{Syntax(json)}: {Sentence(e.Message)}", null));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some unclosed flow collections; the last event read is the best position.
            var at = parser.Current?.End ?? Mark.Empty;
            errors.Add(new PlanError(Line(at), Column(at), $"{Syntax(json)}: cannot read on from here; is a '[' or '{{' left open?", null));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            errors.Add(new PlanError(1, 1, "the spec is empty", "req_id: my-requirement"));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            errors.Add(new PlanError(Line(second.Start), Column(second.Start), "a spec holds one document; this is a second one after '---'", null));
        }

        return stream.Documents[0].RootNode;
    }

    public static int Line(Mark mark) => (int)Math.Clamp(mark.Line, 1, int.MaxValue);

    public static int Column(Mark mark) => (int)Math.Clamp(mark.Column, 1, int.MaxValue);

    private static string Syntax(bool json) => json ? "JSON syntax error" : "YAML syntax error";

    private static bool CheckJson(string text, List<PlanError> errors)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = CharColumn(text, line, e.BytePositionInLine ?? 0);
            errors.Add(new PlanError(line, column, "JSON syntax error: " + Sentence(e.Message), null));
            return false;
        }
    }

    /// <summary>The message without System.Text.Json's position suffix and the final full stop.</summary>
    private static string Sentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (end < 0)
        {
            end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        var text = (end < 0 ? message : message[..end]).Trim().TrimEnd('.', '|', ' ');
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    /// <summary>The 1-based column of the character at UTF-8 byte <paramref name="bytes"/> of line <paramref name="line"/>.</summary>
    private static int CharColumn(string text, int line, long bytes)
    {
        var lines = text.Split('\n');
        if (line > lines.Length)
        {
            return 1;
        }

        var current = lines[line - 1];
        for (var chars = 0; chars < current.Length; chars++)
        {
            if (Encoding.UTF8.GetByteCount(current.AsSpan(0, chars)) >= bytes)
            {
                return chars + 1;
            }
        }

        return current.Length + 1;
    }
}
