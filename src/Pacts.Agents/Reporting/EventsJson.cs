using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pacts.Agents.Orchestration;
using Pacts.Agents.Planning;

namespace Pacts.Agents.Reporting;

/// <summary>
/// A run's events as JSON lines (<c>events.jsonl</c>): the domain events hold bound values (a typed password is in
/// its step's value), so every string is masked as it is written, wherever it sits in the event.
/// </summary>
internal static class EventsJson
{
    public static string Render(IEnumerable<RunEvent> events, SecretMask mask)
    {
        ArgumentNullException.ThrowIfNull(events);
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new MaskingStringConverter(mask), new HiddenMaskConverter(), new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        };
        var lines = new StringBuilder();
        foreach (var runEvent in events)
        {
            var type = runEvent.Body.GetType().Name;
            var line = new Line(runEvent.RunId, runEvent.Sequence, runEvent.At, JsonNamingPolicy.SnakeCaseLower.ConvertName(type[..^"Body".Length]), runEvent.Body);
            lines.Append(JsonSerializer.Serialize(line, options)).Append('\n');
        }

        return lines.ToString();
    }

    // Body is typed object so each event is written with all of its own fields.
    private sealed record Line(string RunId, long Sequence, DateTimeOffset At, string Type, object Body);

    private sealed class MaskingStringConverter(SecretMask mask) : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(mask.Mask(value));
    }

    // The plan's mask holds the secret values themselves: it is never written.
    private sealed class HiddenMaskConverter : JsonConverter<SecretMask>
    {
        public override SecretMask? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, SecretMask value, JsonSerializerOptions options) => writer.WriteNullValue();
    }
}
