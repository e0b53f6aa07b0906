using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Pacts.Agents.Discovery;

/// <summary>
/// Acts on a cached element without a check of its own before the action: the check rides in the action's element
/// lookup. The cached locator is chained with the <c>pacts-guard</c> selector engine (guard.js), which keeps the element
/// only on a quiet page and only while it looks like the stored fingerprint, and joined with the <c>pacts-abort</c>
/// engine, which a watchdog arms when an action is still waiting after a moment and the locator no longer finds exactly
/// that element. Either way the action ends at once with a drift error, and the step is discovered again.
/// </summary>
internal sealed class CacheGuard : IAsyncDisposable
{
    private const string GuardEngine = "pacts-guard";
    private const string AbortEngine = "pacts-abort";
    private const string DriftMarker = "pacts-drift:";

    // A cached step that is fast has finished by now; a slower one gets its locator checked once, in parallel.
    private static readonly TimeSpan WatchdogDelay = TimeSpan.FromMilliseconds(150);

    private readonly IPage _page;
    private readonly Candidate _stored;
    private readonly DiscoveryScript _script;
    private readonly ILocator _plain;
    private readonly string _nonce = Guid.NewGuid().ToString("N");
    private readonly TaskCompletionSource _stop = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _watchdog;
    private bool _armed;

    private CacheGuard(IPage page, LocatorSpec spec, Candidate stored, DiscoveryScript script)
    {
        (_page, _stored, _script) = (page, stored, script);
        _plain = spec.ToLocator(page);
        var token = Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(
            new GuardToken(Identity.Of(stored), _nonce, DiscoveryScript.QuietMs, DiscoveryScript.SettleMaxMs, Fingerprints.SameElementThreshold, script.TestIdAttributes),
            Candidate.Json)));
        Locator = _plain.Locator($"{GuardEngine}={token}").Or(spec.InSameDocument(page, $"{AbortEngine}={_nonce}"));
        _watchdog = WatchAsync();
    }

    /// <summary>The locator to act on: the cached one, confirmed by the page as the action looks it up.</summary>
    public ILocator Locator { get; }

    /// <summary>Why the watchdog ended the action, when it did.</summary>
    public string? Reason { get; private set; }

    /// <summary>
    /// Registers the engines with a Playwright instance. Playwright offers engines only to browser contexts created
    /// afterwards, so this comes right after <c>Playwright.CreateAsync</c>.
    /// </summary>
    public static async Task RegisterAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        var engines = $"({DiscoveryScript.Resource("guard.js")})";
        await playwright.Selectors.RegisterAsync(GuardEngine, new() { Script = $"{engines}({DiscoveryScript.Source.Value}).guard", ContentScript = true }).ConfigureAwait(false);
        await playwright.Selectors.RegisterAsync(AbortEngine, new() { Script = $"{engines}(null).abort", ContentScript = true }).ConfigureAwait(false);
    }

    public static CacheGuard Start(IPage page, LocatorSpec spec, Candidate stored, DiscoveryScript script) => new(page, spec, stored, script);

    /// <summary>
    /// True when a guarded action failed because the cached element is gone or changed, or because the locator now finds
    /// more than one element that looks like it.
    /// </summary>
    public static bool IsDrift(Exception exception) => exception is PlaywrightException
        && (exception.Message.Contains(DriftMarker, StringComparison.Ordinal) || exception.Message.Contains("strict mode violation", StringComparison.Ordinal));

    /// <summary>The drift message for the step, without Playwright's call log.</summary>
    public string DriftMessage(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (Reason is not null)
        {
            return Reason;
        }

        var message = exception.Message;
        var marker = message.IndexOf(DriftMarker, StringComparison.Ordinal);
        if (marker < 0)
        {
            return "the cached locator finds more than one element like the stored one now";
        }

        var start = marker + DriftMarker.Length;
        var end = message.IndexOf('\n', start);
        return message[start..(end < 0 ? message.Length : end)].Trim();
    }

    /// <summary>
    /// Whether the cached locator finds exactly one element that looks like the stored one. A page whose DOM is still
    /// changing is settled and asked again. Also the resolver's check for steps that are not guarded (assertions).
    /// </summary>
    public static async Task<(bool Confirmed, string Reason)> ConfirmAsync(IPage page, ILocator locator, Candidate stored, DiscoveryScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var check = await script.CheckAsync(locator).ConfigureAwait(false);
        if (check.QuietMs < DiscoveryScript.QuietMs)
        {
            await DiscoveryScript.SettleAsync(page, DiscoveryScript.QuietMs, DiscoveryScript.SettleMaxMs).ConfigureAwait(false);
            check = await script.CheckAsync(locator).ConfigureAwait(false);
        }

        if (check is not { Count: 1, Element: { } seen })
        {
            return (false, $"the cached locator finds {check.Count} elements now, not 1");
        }

        var similarity = Fingerprints.Similarity(stored, seen.ToFingerprint());
        return similarity >= Fingerprints.SameElementThreshold
            ? (true, "")
            : (false, $"the cached element looks different now (similarity {similarity:0.00})");
    }

    /// <summary>
    /// After an action failed for another reason (a timeout, say): whether the cached element had drifted all along,
    /// as the watchdog found or as one check now finds. A loaded machine can time an action out before the watchdog
    /// has had its say; drift is then still reported as drift, not as a gate failure.
    /// </summary>
    public async Task<bool> DriftedAsync()
    {
        await _watchdog.ConfigureAwait(false);
        if (Reason is null)
        {
            try
            {
                var (confirmed, reason) = await ConfirmAsync(_page, _plain, _stored, _script).ConfigureAwait(false);
                Reason = confirmed ? null : reason;
            }
            catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
            {
                return false;
            }
        }

        return Reason is not null;
    }

    private async Task WatchAsync()
    {
        try
        {
            // No cancellation token: a cancelled delay throws, and the fast path should not pay for an exception.
            if (await Task.WhenAny(Task.Delay(WatchdogDelay), _stop.Task).ConfigureAwait(false) == _stop.Task)
            {
                return;
            }

            var (confirmed, reason) = await ConfirmAsync(_page, _plain, _stored, _script).ConfigureAwait(false);
            if (!confirmed && !_stop.Task.IsCompleted)
            {
                Reason = reason;
                _armed = true;
                await _plain.EvaluateAllAsync<JsonElement>("(els, n) => { document.documentElement.setAttribute('data-pacts-abort', n); }", _nonce).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
        {
            // The page navigated away under the check: nothing to end.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.TrySetResult();
        await _watchdog.ConfigureAwait(false);
        if (_armed)
        {
            try
            {
                await _plain.EvaluateAllAsync<JsonElement>("(els, n) => { if (document.documentElement.getAttribute('data-pacts-abort') === n) document.documentElement.removeAttribute('data-pacts-abort'); }", _nonce).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
            {
                // The document is gone; so is the mark.
            }
        }
    }

    // The fields Fingerprints.Similarity compares, and only those: the token rides in every guarded action's selector.
    private sealed record Identity(string Tag, string Role, string Name, string Label, string Placeholder, TestIdValue? TestId, string Id, string NameAttribute, string Type, string ContainerSelector)
    {
        public static Identity Of(Candidate c) => new(c.Tag, c.Role, c.Name, c.Label, c.Placeholder, c.TestId, c.Id, c.NameAttribute, c.Type, c.ContainerSelector);
    }

    private sealed record GuardToken(Identity Fingerprint, string Nonce, int QuietMs, int SettleMaxMs, double Threshold, IReadOnlyList<string> TestIdAttributes);
}
