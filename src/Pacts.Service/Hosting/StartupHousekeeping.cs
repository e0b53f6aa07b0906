using Pacts.Storage.Runs;

namespace Pacts.Service.Hosting;

/// <summary>
/// At start-up, runs a previous process left unfinished are marked interrupted, so none is reported as running. A store
/// that cannot be reached (Postgres still starting, say) does not stop the service: the runs stay marked running until
/// the next start, and the storage layer reports the outage itself.
/// </summary>
internal sealed partial class StartupHousekeeping(IRunStore runs, ILogger<StartupHousekeeping> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var interrupted = await runs.MarkUnfinishedRunsInterruptedAsync(cancellationToken).ConfigureAwait(false);
            if (interrupted > 0)
            {
                LogInterrupted(logger, interrupted);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogStoreUnavailable(logger, exception);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Marked {Count} run(s) left unfinished by an earlier process as interrupted")]
    private static partial void LogInterrupted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not mark runs left unfinished by an earlier process as interrupted; they stay marked running")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception);
}
