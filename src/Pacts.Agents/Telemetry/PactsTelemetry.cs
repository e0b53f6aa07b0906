using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Pacts.Agents;

/// <summary>The agents' one ActivitySource and Meter. Span names stay low-cardinality; attributes start with pacts.</summary>
public static class PactsTelemetry
{
    public const string Name = "Pacts.Agents";

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    public static Counter<long> Runs { get; } = Meter.CreateCounter<long>("pacts.runs", description: "Runs finished, by status");

    public static Counter<long> Steps { get; } = Meter.CreateCounter<long>("pacts.steps", description: "Steps finished, by status");
}
