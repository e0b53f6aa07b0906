using System.Text.Json.Nodes;
using Google.Protobuf;
using Pacts.V1;

namespace Pacts.Cli.Output;

/// <summary>
/// One JSON object per event per line, in protobuf's canonical JSON (camelCase names, enum names, 64-bit numbers as
/// strings), written compactly so each event is exactly one line.
/// </summary>
internal sealed class JsonlSink(TextWriter output) : IRunEventSink
{
    public void OnEvent(RunEvent runEvent)
    {
        var canonical = JsonFormatter.Default.Format(runEvent);
        output.WriteLine(JsonNode.Parse(canonical)!.ToJsonString());
        output.Flush();
    }
}
