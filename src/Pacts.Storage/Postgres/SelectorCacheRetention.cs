using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pacts.Storage.Selectors;

namespace Pacts.Storage.Postgres;

/// <summary>
/// Deletes selector cache entries not used for <see cref="SelectorCacheOptions.RetentionDays"/> days, every
/// <see cref="SelectorCacheOptions.RetentionInterval"/>, through the same SQL function operators call by hand. A failed
/// pass is logged and tried again next interval; it never stops the service.
/// </summary>
internal sealed partial class SelectorCacheRetention(
    PostgresDatabase database,
    IOptions<SelectorCacheOptions> options,
    TimeProvider time,
    ILogger<SelectorCacheRetention> logger) : BackgroundService
{
    // Shortly after start rather than at once: start-up (migrations, the first runs) comes first.
    internal static readonly TimeSpan FirstRunDelay = TimeSpan.FromSeconds(30);

    /// <summary>One pass: returns how many entries it deleted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT cleanup_selector_cache(@Days)", new { Days = options.Value.RetentionDays }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = FirstRunDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
                var deleted = await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                LogCleaned(logger, deleted, options.Value.RetentionDays);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Whatever went wrong, the next pass may succeed; the service must not stop for it.
                LogFailed(logger, exception, options.Value.RetentionInterval);
            }

            delay = options.Value.RetentionInterval;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Selector cache retention removed {Deleted} entries unused for {Days} days")]
    private static partial void LogCleaned(ILogger logger, int deleted, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Selector cache retention failed; trying again in {Interval}")]
    private static partial void LogFailed(ILogger logger, Exception exception, TimeSpan interval);
}
