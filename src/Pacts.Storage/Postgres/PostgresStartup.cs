using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Pacts.Storage.Postgres;

/// <summary>
/// Migrates the schema when the service starts. Postgres being down does not stop the service (it starts, logs, and
/// keeps retrying in the background, and each store call retries too); a problem retrying cannot fix (an edited
/// migration, a wrong password, a failing script) stops the start with that error.
/// </summary>
internal sealed partial class PostgresStartup(PostgresDatabase database, TimeProvider time, ILogger<PostgresStartup> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stopping = new();
    private Task _retries = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var applied = await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            LogMigrated(logger, applied);
        }
        catch (NpgsqlException exception) when (exception.IsTransient)
        {
            LogUnavailable(logger, exception, FirstRetryDelay.TotalSeconds);
            _retries = RetryAsync(_stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _retries.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RetryAsync(CancellationToken stopping)
    {
        var delay = FirstRetryDelay;
        while (!stopping.IsCancellationRequested && !database.IsMigrated)
        {
            try
            {
                await Task.Delay(delay, time, stopping).ConfigureAwait(false);
                var applied = await database.MigrateAsync(stopping).ConfigureAwait(false);
                LogMigrated(logger, applied);
                return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (NpgsqlException exception) when (exception.IsTransient)
            {
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
                LogStillUnavailable(logger, exception.Message, delay.TotalSeconds);
            }
            catch (Exception exception)
            {
                // Not something waiting fixes; every store call reports it too, so stop retrying and say it once.
                LogGaveUp(logger, exception);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Postgres schema is up to date ({Applied} migration(s) applied now)")]
    private static partial void LogMigrated(ILogger logger, int applied);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Postgres is not reachable; the service runs on and retries the migrations in {DelaySeconds} s")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, double delaySeconds);

    // The stack trace was logged with the first failure; the retries say only why.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Postgres is still not reachable ({Reason}); next try in {DelaySeconds} s")]
    private static partial void LogStillUnavailable(ILogger logger, string reason, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Postgres migrations failed and will not be retried; store calls fail until this is fixed")]
    private static partial void LogGaveUp(ILogger logger, Exception exception);
}
