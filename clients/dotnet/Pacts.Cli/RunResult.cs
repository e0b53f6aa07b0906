using Pacts.Cli.Output;
using Pacts.V1;

namespace Pacts.Cli;

/// <summary>How one requirement's run ended, with the counts the demo table shows.</summary>
internal sealed class RunResult
{
    /// <summary>The run's closing event; null when the run never finished (invalid requirement or a broken call).</summary>
    public RunFinished? Finished { get; private set; }

    /// <summary>The service's parse errors, as lines <c>line:column: error: message</c>.</summary>
    public string? InvalidRequirement { get; init; }

    /// <summary>Why the call failed, for an infrastructure error.</summary>
    public string? Error { get; init; }

    public int Discovered { get; private set; }

    public int FromCache { get; private set; }

    public int Healed { get; private set; }

    public int ExitCode => Finished is not null ? ExitCodes.For(Finished.Status) : ExitCodes.UsageOrInfrastructure;

    public string Verdict => Finished is not null
        ? Labels.Verdict(Finished.Status)
        : InvalidRequirement is not null ? "INVALID" : "ERROR";

    /// <summary>The run's id, from its first event.</summary>
    public string? RunId { get; private set; }

    public void Observe(RunEvent runEvent)
    {
        RunId ??= runEvent.RunId;
        switch (runEvent.KindCase)
        {
            case RunEvent.KindOneofCase.ElementResolved:
                Count(runEvent.ElementResolved.Source);
                break;
            case RunEvent.KindOneofCase.RunFinished:
                Finished = runEvent.RunFinished;
                break;
            default:
                break;
        }
    }

    private void Count(ElementSource source)
    {
        if (source == ElementSource.Discovery)
        {
            Discovered++;
        }
        else if (source == ElementSource.Heal)
        {
            Healed++;
        }
        else if (Labels.IsCache(source))
        {
            FromCache++;
        }
    }
}
