namespace Pacts.Storage;

/// <summary>Telemetry names of this project, for the host to export.</summary>
public static class StorageTelemetry
{
    public const string MeterName = "Pacts.Storage";
}
