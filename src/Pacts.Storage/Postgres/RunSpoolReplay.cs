using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Pacts.Storage.Postgres;

/// <summary>
/// Writes spooled run records to Postgres once it answers again, starting with any an earlier process left behind:
/// tries at once, then every <see cref="FirstDelay"/> while the spool is empty, backing off to
/// <see cref="MaxDelay"/> while Postgres stays away.
/// </summary>
internal sealed partial class RunSpoolReplay(SpoolingRunStore store, TimeProvider time, ILogger<RunSpoolReplay> logger) : BackgroundService
{
    internal static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(2);
    internal static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Zero at first: a spool an earlier process left is written as soon as Postgres answers.
        var delay = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
                var written = await store.ReplayAsync(stoppingToken).ConfigureAwait(false);
                delay = written ? FirstDelay : TimeSpan.FromTicks(Math.Min(Math.Max(delay.Ticks, FirstDelay.Ticks) * 2, MaxDelay.Ticks));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Not an outage (a SQL error, say): the spool stays as it is, and the service must not stop for it.
                LogFailed(logger, exception, MaxDelay);
                delay = MaxDelay;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing spooled run records failed; trying again in {Delay}")]
    private static partial void LogFailed(ILogger logger, Exception exception, TimeSpan delay);
}
