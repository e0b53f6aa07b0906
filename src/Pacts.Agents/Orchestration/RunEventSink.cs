using System.Threading.Channels;

namespace Pacts.Agents.Orchestration;

/// <summary>Numbers and timestamps a run's events and hands them to whoever streams them.</summary>
internal sealed class RunEventSink(string runId, TimeProvider time, Action<RunEvent>? observe = null)
{
    private readonly Channel<RunEvent> _channel = Channel.CreateUnbounded<RunEvent>(new() { SingleReader = true, SingleWriter = false });
    private readonly Lock _gate = new();
    private long _sequence;

    public ChannelReader<RunEvent> Reader => _channel.Reader;

    public RunEvent Emit(RunEventBody body)
    {
        // Test cases running in parallel emit at once: the stream carries their events in sequence order.
        lock (_gate)
        {
            var runEvent = new RunEvent(runId, ++_sequence, time.GetUtcNow(), body);
            observe?.Invoke(runEvent);
            _channel.Writer.TryWrite(runEvent);
            return runEvent;
        }
    }

    public void Complete() => _channel.Writer.TryComplete();
}
