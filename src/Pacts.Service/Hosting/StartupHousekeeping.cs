using Pacts.Storage.Runs;

namespace Pacts.Service.Hosting;

/// <summary>At start-up, runs a previous process left unfinished are marked interrupted, so none is reported as running.</summary>
internal sealed partial class StartupHousekeeping(IRunStore runs, ILogger<StartupHousekeeping> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var interrupted = await runs.MarkUnfinishedRunsInterruptedAsync(cancellationToken).ConfigureAwait(false);
        if (interrupted > 0)
        {
            LogInterrupted(logger, interrupted);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Marked {Count} run(s) left unfinished by an earlier process as interrupted")]
    private static partial void LogInterrupted(ILogger logger, int count);
}
