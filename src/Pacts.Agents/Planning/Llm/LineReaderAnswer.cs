using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pacts.Agents.Planning.Llm;

/// <summary>
/// Reads the LLM's answer strictly: <c>{"lines":[{"line":n,"steps":[...],"error":...}]}</c> and nothing else. A shape
/// error fails the whole answer; lines not asked about are ignored; lines asked about but not answered get an error.
/// </summary>
internal static class LineReaderAnswer
{
    public const string NoReading = "the LLM gave no reading";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static IReadOnlyList<LineReading> Parse(string? answer, IReadOnlyList<UnreadLine> asked)
    {
        ArgumentNullException.ThrowIfNull(asked);
        if (string.IsNullOrWhiteSpace(answer))
        {
            throw new LlmUnavailableException("The LLM gave an empty answer instead of the JSON asked for.");
        }

        Answer parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<Answer>(StripFence(answer), Options)
                ?? throw new JsonException("the answer is null");
        }
        catch (JsonException e)
        {
            throw new LlmUnavailableException($"The LLM's answer is not the JSON shape asked for (at {e.Path ?? "$"}): {Plain(e.Message)}", e);
        }

        var answered = new Dictionary<int, AnswerLine>();
        foreach (var line in parsed.Lines)
        {
            answered.TryAdd(line.Line, line);
        }

        return [.. asked.Select(a => answered.TryGetValue(a.Line, out var line) ? ToReading(line) : new LineReading(a.Line, [], NoReading))];
    }

    private static LineReading ToReading(AnswerLine line)
    {
        if (!string.IsNullOrWhiteSpace(line.Error))
        {
            return new LineReading(line.Line, [], line.Error.Trim());
        }

        var steps = line.Steps ?? [];
        return steps.Count == 0
            ? new LineReading(line.Line, [], "the LLM gave neither steps nor a reason")
            : new LineReading(line.Line, [.. steps.Select(s => new SpecStep(s.Action, s.Target, s.Value, s.Values, s.Within, s.Ordinal, s.Kind))]);
    }

    /// <summary>Drops the serializer's own type names, which mean nothing to whoever reads the plan error.</summary>
    private static string Plain(string message)
    {
        var cut = message.IndexOf(" could not be mapped to any .NET member", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut] + " is not a field of the answer.";
    }

    /// <summary>Models often wrap JSON in a Markdown fence even when asked not to; the fence carries no meaning.</summary>
    private static string StripFence(string answer)
    {
        var text = answer.Trim();
        if (!text.StartsWith("```", StringComparison.Ordinal))
        {
            return text;
        }

        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        text = firstLineEnd < 0 ? string.Empty : text[(firstLineEnd + 1)..];
        return text.EndsWith("```", StringComparison.Ordinal) ? text[..^3].Trim() : text.Trim();
    }

    private sealed record Answer(IReadOnlyList<AnswerLine> Lines);

    private sealed record AnswerLine(int Line, IReadOnlyList<AnswerStep>? Steps = null, string? Error = null);

    private sealed record AnswerStep(
        string Action,
        string? Target = null,
        string? Value = null,
        IReadOnlyList<string>? Values = null,
        string? Within = null,
        [property: JsonConverter(typeof(OrdinalConverter))] string? Ordinal = null,
        string? Kind = null);

    /// <summary>An ordinal may come as a number (2) or a word ("last"); the step model keeps it as text.</summary>
    private sealed class OrdinalConverter : JsonConverter<string?>
    {
        public override bool HandleNull => true;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number when reader.TryGetInt32(out var n) => n.ToString(CultureInfo.InvariantCulture),
            _ => throw new JsonException("ordinal must be a whole number, \"first\" or \"last\""),
        };

        public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
