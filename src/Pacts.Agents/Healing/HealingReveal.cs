using Microsoft.Playwright;
using Pacts.Agents.Discovery;

namespace Pacts.Agents.Healing;

/// <summary>
/// Shows the healer more of the page, round by round, without touching anything the test did not ask for: round 1
/// lets the DOM settle and waits out a transient overlay; round 2 also scrolls to the end and back (lazy content);
/// later rounds first wait for the page's next change.
/// </summary>
internal static class HealingReveal
{
    private const int QuietMs = 250;
    private const int SettleMaxMs = 2_000;
    private const int OverlayMaxMs = 1_500;

    // True while a visible fixed or absolute layer covers most of the viewport (a spinner, a "loading" veil).
    private const string WaitOutOverlay = """
        async maxMs => {
          const covering = () => Array.from(document.body ? document.body.querySelectorAll('*') : []).some(el => {
            const style = getComputedStyle(el);
            if (style.position !== 'fixed' && style.position !== 'absolute') return false;
            if (style.visibility === 'hidden' || style.display === 'none' || style.pointerEvents === 'none' || Number(style.opacity) < 0.1) return false;
            if (el.matches('dialog, [role=dialog], [role=alertdialog]')) return false;
            const r = el.getBoundingClientRect();
            return r.width * r.height > innerWidth * innerHeight * 0.5;
          });
          const start = performance.now();
          while (covering() && performance.now() - start < maxMs) {
            await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 50)));
          }
        }
        """;

    private const string ScrollThrough = """
        async () => {
          const x = scrollX, y = scrollY;
          scrollTo(0, document.documentElement.scrollHeight);
          await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          scrollTo(x, y);
        }
        """;

    public static async Task RevealAsync(IPage page, int round)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (round == 2)
        {
            await page.EvaluateAsync(ScrollThrough).ConfigureAwait(false);
        }
        else if (round > 2)
        {
            await DiscoveryScript.NextChangeAsync(page, SettleMaxMs).ConfigureAwait(false);
        }

        await DiscoveryScript.SettleAsync(page, QuietMs, SettleMaxMs).ConfigureAwait(false);
        await page.EvaluateAsync(WaitOutOverlay, OverlayMaxMs).ConfigureAwait(false);
    }
}
