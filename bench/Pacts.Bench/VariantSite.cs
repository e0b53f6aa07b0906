using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Pacts.Bench;

/// <summary>One changed version of the shop, as listed in examples/sites/shop-variants/variants.json.</summary>
/// <param name="Name">The overlay folder under shop-variants/.</param>
/// <param name="Kind">One of <see cref="VariantSite.Kinds"/>.</param>
/// <param name="Healable">False when the element a requirement needs is gone: the run must fail.</param>
/// <param name="Requirements">The example requirement files (examples/requirements/) whose runs touch the change.</param>
internal sealed record ShopVariant(string Name, string Kind, string Description, bool Healable, IReadOnlyList<string> Requirements);

/// <summary>One event the in-page probe saw: the logical element (data-bench-id, or "&lt;no id&gt;:TAG"), the event type
/// (click, input, change) and the page path, in the order the page produced them.</summary>
internal sealed record BenchHit(string BenchId, string Type, string Path);

/// <summary>
/// The example shop for the mutation benchmark, on one loopback port for the whole benchmark: /shop/... is served from
/// examples/sites/shop, or, after <see cref="Use"/> picks a variant, from shop-variants/NAME with the original shop
/// filling in every file the overlay does not hold (a stylesheet the overlay only adds to is FILE.append: the original,
/// then the added rules). Origin and paths stay the same across variants, so the selector
/// cache (keyed by origin and path) written on the original is the one each variant runs against. Every HTML page gets a
/// probe that reports which logical element (data-bench-id) each click, input and change landed on.
/// </summary>
internal sealed class VariantSite : IAsyncDisposable
{
    /// <summary>The kinds of change a variant may be.</summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "ids-renamed", "classes-renamed", "test-ids-removed", "text-reworded", "label-changed", "wrapped", "reordered",
        "decoy", "moved-to-dialog", "combination", "removed",
    };

    private const string HitPath = "/__bench/hit";

    // Capture phase, so the app's own handlers (which may navigate away) cannot hide an event from it. sendBeacon
    // outlives the page, so the click that submits a form or follows a link is still reported.
    private const string Probe = """
        <script data-bench-probe>
        (function () {
          var seq = 0;
          function report(event) {
            var node = event.composedPath ? event.composedPath()[0] : event.target;
            while (node && node.nodeType !== 1) node = node.parentNode || node.host;
            if (!node) return;
            var tagged = node.closest ? node.closest('[data-bench-id]') : null;
            var body = JSON.stringify({
              id: tagged ? tagged.getAttribute('data-bench-id') : '<no id>:' + node.tagName,
              type: event.type,
              path: location.pathname,
              t: performance.timeOrigin + performance.now(),
              seq: seq++
            });
            try {
              if (!navigator.sendBeacon('/__bench/hit', body)) throw new Error('beacon refused');
            } catch (e) {
              fetch('/__bench/hit', { method: 'POST', body: body, keepalive: true }).catch(function () {});
            }
          }
          ['click', 'input', 'change'].forEach(function (type) { document.addEventListener(type, report, true); });
        })();
        </script>
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;
    private readonly string _shop;
    private readonly string _variants;
    private readonly Lock _gate = new();
    private readonly List<(double Time, long Arrival, BenchHit Hit)> _hits = [];
    private long _arrivals;
    private volatile string? _variant;

    private VariantSite(WebApplication app, string sites)
    {
        _app = app;
        _shop = Path.Combine(sites, "shop");
        _variants = Path.Combine(sites, "shop-variants");
        BaseUrl = "";
    }

    /// <summary>The origin, e.g. http://127.0.0.1:41234 (no trailing slash); the shop is at BaseUrl + "/shop/".</summary>
    public string BaseUrl { get; private set; }

    /// <summary>The variant being served, or null for the original shop.</summary>
    public string? Variant => _variant;

    /// <summary>Starts the server on a free loopback port, serving the original shop. <paramref name="sites"/> defaults to
    /// the repository's examples/sites.</summary>
    public static async Task<VariantSite> StartAsync(string? sites = null)
    {
        sites = Path.GetFullPath(sites ?? Path.Combine(Repo.Root(), "examples", "sites"));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = sites });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var site = new VariantSite(app, sites);
        app.MapGet("/shop/{**path}", (HttpContext http, string? path) => site.ServeAsync(http, path ?? ""));
        app.MapPost(HitPath, (HttpContext http) => site.RecordAsync(http));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site.BaseUrl = address.TrimEnd('/');
        return site;
    }

    /// <summary>Serves the named variant from now on (null: the original shop). Throws when the overlay folder is missing.</summary>
    public void Use(string? variant)
    {
        if (variant is not null && (variant.Length == 0 || variant.IndexOfAny(['/', '\\', '.']) >= 0 || !Directory.Exists(Path.Combine(_variants, variant))))
        {
            throw new ArgumentException($"no variant '{variant}' under {_variants}", nameof(variant));
        }

        _variant = variant;
    }

    /// <summary>The hits since the last call, in the order the pages produced them, and clears them. Beacons are sent
    /// asynchronously: call this once the run has finished (its browser context closed).</summary>
    public IReadOnlyList<BenchHit> TakeHits()
    {
        lock (_gate)
        {
            var hits = _hits.OrderBy(h => h.Time).ThenBy(h => h.Arrival).Select(h => h.Hit).ToList();
            _hits.Clear();
            return hits;
        }
    }

    /// <summary>Reads the variants manifest (default: examples/sites/shop-variants/variants.json) and checks each entry:
    /// a known kind, an overlay folder, and requirement files that exist.</summary>
    public static IReadOnlyList<ShopVariant> LoadVariants(string? manifest = null)
    {
        var root = Repo.Root();
        manifest ??= Path.Combine(root, "examples", "sites", "shop-variants", "variants.json");
        var variants = JsonSerializer.Deserialize<List<ShopVariant>>(File.ReadAllText(manifest), Json)
            ?? throw new InvalidDataException(manifest + " is empty");
        var folder = Path.GetDirectoryName(Path.GetFullPath(manifest))!;
        var requirements = Path.Combine(root, "examples", "requirements");
        foreach (var v in variants)
        {
            if (string.IsNullOrWhiteSpace(v.Name) || !Directory.Exists(Path.Combine(folder, v.Name)))
            {
                throw new InvalidDataException($"{manifest}: variant '{v.Name}' has no folder beside the manifest");
            }

            if (!Kinds.Contains(v.Kind))
            {
                throw new InvalidDataException($"{manifest}: variant '{v.Name}' has unknown kind '{v.Kind}'");
            }

            if (v.Requirements is not { Count: > 0 } || v.Requirements.Any(r => !File.Exists(Path.Combine(requirements, r))))
            {
                throw new InvalidDataException($"{manifest}: variant '{v.Name}' lists no requirements or one that is not in examples/requirements");
            }
        }

        if (variants.GroupBy(v => v.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidDataException($"{manifest}: variant '{twice.Key}' is listed twice");
        }

        return variants;
    }

    /// <summary>
    /// Proves the overlay and the probe in one short browser session: the original login page says "Login"; with the
    /// text-reworded variant the same URL says "Sign in", the stylesheet still comes from the original shop, and a click
    /// on the button and a fill of the username come back as hits with their bench ids. Throws when anything is off.
    /// </summary>
    public static async Task SelfCheckAsync(IBrowser browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        await using var site = await StartAsync().ConfigureAwait(false);
        await using var context = await browser.NewContextAsync().ConfigureAwait(false);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        var login = site.BaseUrl + "/shop/";

        await page.GotoAsync(login).ConfigureAwait(false);
        var original = await page.Locator("[data-bench-id=login-button]").InnerTextAsync().ConfigureAwait(false);
        Expect(original.Trim() == "Login", $"original login button reads '{original}'");

        site.Use("text-reworded");
        await page.GotoAsync(login).ConfigureAwait(false);
        var reworded = await page.Locator("[data-bench-id=login-button]").InnerTextAsync().ConfigureAwait(false);
        Expect(reworded.Trim() == "Sign in", $"variant login button reads '{reworded}'");
        var css = await page.APIRequest.GetAsync(site.BaseUrl + "/shop/styles.css").ConfigureAwait(false);
        Expect(css.Ok && (await css.TextAsync().ConfigureAwait(false)).Contains(".product-card", StringComparison.Ordinal), "styles.css does not fall back to the original");
        site.TakeHits();

        await page.Locator("[data-bench-id=username]").FillAsync("jane").ConfigureAwait(false);
        await page.Locator("[data-bench-id=password]").FillAsync("secret123").ConfigureAwait(false);
        await page.Locator("[data-bench-id=login-button]").ClickAsync().ConfigureAwait(false);
        await page.WaitForURLAsync("**/catalog.html").ConfigureAwait(false);
        await page.Locator("main h1").ClickAsync().ConfigureAwait(false);
        var hits = await WaitForHitsAsync(site, 4).ConfigureAwait(false);
        var seen = string.Join(", ", hits.Select(h => $"{h.BenchId} {h.Type} {h.Path}"));
        Expect(hits.Contains(new BenchHit("username", "input", "/shop/")), "no input hit on username: " + seen);
        Expect(hits.Contains(new BenchHit("login-button", "click", "/shop/")), "no click hit on login-button: " + seen);
        Expect(hits.Contains(new BenchHit("<no id>:H1", "click", "/shop/catalog.html")), "no untagged hit: " + seen);
        Expect(hits.IndexOf(new BenchHit("username", "input", "/shop/")) < hits.IndexOf(new BenchHit("login-button", "click", "/shop/")), "hits out of order: " + seen);
        site.Use(null);
    }

    // Beacons arrive a little after the events: wait (up to 5 s) until at least this many are in.
    private static async Task<List<BenchHit>> WaitForHitsAsync(VariantSite site, int atLeast)
    {
        for (var i = 0; i < 50; i++)
        {
            lock (site._gate)
            {
                if (site._hits.Count >= atLeast)
                {
                    break;
                }
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        await Task.Delay(200).ConfigureAwait(false);
        return [.. site.TakeHits()];
    }

    private static void Expect(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("VariantSite self-check failed: " + message);
        }
    }

    private async Task ServeAsync(HttpContext http, string path)
    {
        // Relative links need the folder's trailing slash.
        if (http.Request.Path.Value is "/shop")
        {
            http.Response.Redirect("/shop/" + http.Request.QueryString);
            return;
        }

        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }

        var file = Resolve(path);
        if (file is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // The same URL changes content between variants: never let the browser keep a copy.
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        if (Appendix(path) is { } appendix)
        {
            // The overlay adds to the original (a few style rules) rather than holding a whole edited copy.
            var original = await File.ReadAllTextAsync(file, http.RequestAborted).ConfigureAwait(false);
            await http.Response.WriteAsync(original + await File.ReadAllTextAsync(appendix, http.RequestAborted).ConfigureAwait(false), http.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(InjectProbe(await File.ReadAllTextAsync(file, http.RequestAborted).ConfigureAwait(false)), http.RequestAborted).ConfigureAwait(false);
            return;
        }

        await http.Response.SendFileAsync(file, http.RequestAborted).ConfigureAwait(false);
    }

    // The overlay's copy when the current variant has one, else the original shop's; null when neither has the file or
    // the path leaves the folder.
    private string? Resolve(string path)
    {
        var variant = _variant;
        var roots = variant is null ? [_shop] : new[] { Path.Combine(_variants, variant), _shop };
        foreach (var root in roots)
        {
            var full = Path.GetFullPath(Path.Combine(root, path));
            if (full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full))
            {
                return full;
            }
        }

        return null;
    }

    // The current variant's NAME.append for a file it does not replace whole; null when it has none.
    private string? Appendix(string path)
    {
        if (_variant is not { } variant)
        {
            return null;
        }

        var root = Path.Combine(_variants, variant);
        var full = Path.GetFullPath(Path.Combine(root, path));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !File.Exists(full) && File.Exists(full + ".append")
            ? full + ".append"
            : null;
    }

    internal static string InjectProbe(string html)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + Probe : html.Insert(end, Probe);
    }

    private async Task RecordAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            var hit = new BenchHit(root.GetProperty("id").GetString() ?? "", root.GetProperty("type").GetString() ?? "", root.GetProperty("path").GetString() ?? "");
            var time = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetDouble() : double.MaxValue;
            lock (_gate)
            {
                _hits.Add((time, _arrivals++, hit));
            }

            http.Response.StatusCode = StatusCodes.Status204NoContent;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync("bad hit: " + e.Message, http.RequestAborted).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync().ConfigureAwait(false);
}
