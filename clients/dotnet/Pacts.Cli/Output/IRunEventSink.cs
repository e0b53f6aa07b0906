using Pacts.V1;

namespace Pacts.Cli.Output;

/// <summary>Shows a run's events as they arrive.</summary>
internal interface IRunEventSink
{
    void OnEvent(RunEvent runEvent);
}
