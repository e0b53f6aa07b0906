using Google.Protobuf;
using Pacts.V1;

namespace Pacts.Cli.Output;

/// <summary>One JSON object per event per line, in protobuf's canonical JSON (camelCase names, enum names).</summary>
internal sealed class JsonlSink(TextWriter output) : IRunEventSink
{
    public void OnEvent(RunEvent runEvent)
    {
        output.WriteLine(JsonFormatter.Default.Format(runEvent));
        output.Flush();
    }
}
