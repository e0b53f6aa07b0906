using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Pacts.Agents.Discovery;

namespace Pacts.Agents.Browser;

/// <summary>One Chromium per process, launched on first use; a fresh context per test case.</summary>
internal sealed partial class BrowserHost(IOptions<BrowserOptions> options, ILogger<BrowserHost> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _launch = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private int _openContexts;

    /// <summary>How many browser contexts are open now; a finished or cancelled test case leaves none behind.</summary>
    public int OpenContexts => Volatile.Read(ref _openContexts);

    public async Task<IBrowserContext> NewContextAsync(CancellationToken cancellationToken)
    {
        var browser = await GetBrowserAsync(cancellationToken).ConfigureAwait(false);
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } }).ConfigureAwait(false);
        // Every document records when its DOM last changed, so waiting for a quiet page costs nothing on a quiet page.
        await context.AddInitScriptAsync(DiscoveryScript.InitScript).ConfigureAwait(false);
        Interlocked.Increment(ref _openContexts);
        context.Close += (_, _) => Interlocked.Decrement(ref _openContexts);
        return context;
    }

    private async Task<IBrowser> GetBrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true } ready)
        {
            return ready;
        }

        await _launch.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_browser is { IsConnected: true } launched)
            {
                return launched;
            }

            var settings = options.Value;
            if (!File.Exists(settings.ExecutablePath))
            {
                throw new BrowserUnavailableException(
                    $"Chromium was not found at '{settings.ExecutablePath}'. Install it (apt-get install chromium) or set Browser:ExecutablePath.");
            }

            if (_playwright is null)
            {
                _playwright = await Playwright.CreateAsync().ConfigureAwait(false);
                // Before any context: the cached-step guard's selector engines (Playwright offers them only to later contexts).
                await CacheGuard.RegisterAsync(_playwright).ConfigureAwait(false);
            }

            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = settings.ExecutablePath,
                Headless = settings.Headless,
                Args = [.. settings.Args],
            }).ConfigureAwait(false);
            LogLaunched(logger, settings.ExecutablePath, _browser.Version);
            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync().ConfigureAwait(false);
        }

        _playwright?.Dispose();
        _launch.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Launched Chromium {Version} from {Path}")]
    private static partial void LogLaunched(ILogger logger, string path, string version);
}

/// <summary>The browser cannot be started: an infrastructure problem, not a test failure.</summary>
public sealed class BrowserUnavailableException(string message) : Exception(message);
