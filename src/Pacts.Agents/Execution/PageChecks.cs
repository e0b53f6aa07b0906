using System.Text.Json.Serialization;
using Microsoft.Playwright;
using Pacts.Agents.Planning;

namespace Pacts.Agents.Execution;

/// <summary>
/// Page-level checks that are not about one resolved element: a text or name shown anywhere, counts, order, the items
/// of a list. Generic DOM rules only; nothing here knows any site.
/// </summary>
internal static class PageChecks
{
    /// <summary>Visible elements showing the text.</summary>
    public static ILocator TextShowing(IPage page, string text) => page.GetByText(text).Filter(new() { Visible = true });

    /// <summary>Visible elements showing or named by the text (text, label, placeholder, title, alt text).</summary>
    public static ILocator ShowingAll(IPage page, string name) =>
        page.GetByText(name).Or(page.GetByLabel(name)).Or(page.GetByPlaceholder(name)).Or(page.GetByTitle(name)).Or(page.GetByAltText(name))
            .Filter(new() { Visible = true });

    public static ILocator Showing(IPage page, string name) => ShowingAll(page, name).First;

    public static Task<int> CountAsync(IPage page, PlanStep step) => page.EvaluateAsync<int>(
        Script + "return pactsChecks.count(arg); }",
        new { target = step.Target ?? "", kind = step.ElementKind ?? "", scope = step.Scope?.Text ?? "" });

    public static async Task<Order> OrderAsync(IPage page, IReadOnlyList<string> texts)
    {
        var json = await page.EvaluateAsync<System.Text.Json.JsonElement>(Script + "return pactsChecks.order(arg); }", texts).ConfigureAwait(false);
        return System.Text.Json.JsonSerializer.Deserialize<Order>(json) ?? new Order(texts, [], false);
    }

    public static async Task<IReadOnlyList<string>> ItemsAsync(IPage page, IReadOnlyList<string> texts) =>
        await page.EvaluateAsync<string[]>(Script + "return pactsChecks.items(arg); }", texts).ConfigureAwait(false);

    public sealed record Order(
        [property: JsonPropertyName("missing")] IReadOnlyList<string> Missing,
        [property: JsonPropertyName("seen")] IReadOnlyList<string> Seen,
        [property: JsonPropertyName("inOrder")] bool InOrder);

    // Wrapped as a function body: Playwright evaluates "arg => { ... }" with the argument. The generated tests carry
    // the same script (Reporting/GeneratedProject), so they count and list by the rules the run checked with.
    internal const string Script = """
        arg => {
        const pactsChecks = {
          norm: s => (s || '').toLowerCase().replace(/\s+/g, ' ').trim(),
          visible(el) {
            const r = el.getBoundingClientRect();
            const st = getComputedStyle(el);
            return r.width > 0 && r.height > 0 && st.visibility !== 'hidden' && st.display !== 'none';
          },
          singular(w) { return w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w; },
          leaf(text) {
            const t = this.norm(text);
            let best = null;
            for (const el of document.body.querySelectorAll('*')) {
              if (!this.visible(el) || !this.norm(el.innerText).includes(t)) continue;
              if (!Array.from(el.children).some(c => this.norm(c.innerText).includes(t))) { best = el; break; }
            }
            return best;
          },
          // The elements a scope text may name, best first: named by aria-label, id or class, then by a heading.
          roots(scope) {
            if (!scope) return [document.body];
            const s = this.norm(scope);
            const found = [];
            for (const el of document.body.querySelectorAll('section, [role=region], form, fieldset, aside, nav, main, table, ul, ol, [id], [class], [aria-label]')) {
              const own = this.norm((el.getAttribute('aria-label') || '') + ' ' + (el.id || '') + ' ' + (typeof el.className === 'string' ? el.className.replace(/[-_]/g, ' ') : ''));
              if (own.includes(s) && this.visible(el)) found.push(el);
            }
            for (const h of document.body.querySelectorAll('h1, h2, h3, h4, h5, h6, legend, caption')) {
              if (this.norm(h.innerText).includes(s) && h.parentElement) found.push(h.parentElement);
            }
            found.push(document.body);
            return found;
          },
          root(scope) { return this.roots(scope)[0]; },
          rows(root) {
            return Array.from(root.querySelectorAll('tbody tr, [role=row], li, [role=listitem]')).filter(r => this.visible(r) && !r.querySelector('th'));
          },
          groups(root) {
            const groups = new Map();
            for (const el of root.querySelectorAll('*')) {
              if (!el.parentElement || !this.visible(el)) continue;
              const key = el.parentElement;
              const sig = el.tagName + '.' + (typeof el.className === 'string' ? el.className : '');
              if (!groups.has(key)) groups.set(key, new Map());
              const bySig = groups.get(key);
              bySig.set(sig, (bySig.get(sig) || []).concat([el]));
            }
            let best = [];
            for (const bySig of groups.values()) for (const list of bySig.values()) {
              if (list.length > best.length && list.every(e => this.norm(e.innerText).length > 0) && !/^(OPTION|BR|TD|TH)$/.test(list[0].tagName)) best = list;
            }
            return best;
          },
          count({ target, kind, scope }) {
            const t = this.singular(this.norm(target));
            if (/^(item|product|result|row|entry|line|card|record|order)$/.test(t)) {
              // The first scoped element that holds rows; a list of cards without rows counts its repeated group.
              for (const candidate of this.roots(scope)) {
                const rows = this.rows(candidate);
                if (rows.length > 0) return rows.length;
              }
              return this.groups(this.root(scope)).length;
            }
            const root = this.root(scope);
            const selectors = {
              button: 'button, [role=button], input[type=submit], input[type=button]',
              link: 'a[href], [role=link]',
              field: 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]), textarea, [role=textbox]',
              checkbox: 'input[type=checkbox], [role=checkbox]',
              radio: 'input[type=radio], [role=radio]',
            };
            const name = el => this.norm(el.getAttribute('aria-label') || el.innerText || el.value || el.getAttribute('placeholder') || el.getAttribute('title'));
            if (selectors[kind]) {
              return Array.from(root.querySelectorAll(selectors[kind])).filter(e => this.visible(e) && (t === this.singular(kind) || name(e).includes(t))).length;
            }
            return Array.from(root.querySelectorAll('*')).filter(e => this.visible(e) && this.norm(e.innerText).includes(t)
              && !Array.from(e.children).some(c => this.norm(c.innerText).includes(t))).length;
          },
          order(texts) {
            const found = texts.map(t => [t, this.leaf(t)]);
            const missing = found.filter(f => !f[1]).map(f => f[0]);
            const present = found.filter(f => f[1]);
            const sorted = present.slice().sort((a, b) => a[1] === b[1] ? 0 : (a[1].compareDocumentPosition(b[1]) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
            return { missing, seen: sorted.map(f => f[0]), inOrder: missing.length === 0 && sorted.every((f, i) => f[0] === present[i][0]) };
          },
          items(texts) {
            const leaves = texts.map(t => this.leaf(t)).filter(Boolean);
            if (leaves.length === 0) return [];
            let item = leaves[0];
            if (leaves.length > 1) {
              let common = leaves[0];
              while (common && !leaves.every(l => common.contains(l))) common = common.parentElement;
              if (!common) return [];
              item = leaves[0];
              while (item.parentElement && item.parentElement !== common) item = item.parentElement;
            } else {
              while (item.parentElement && item !== document.body) {
                const p = item.parentElement;
                const same = Array.from(p.children).filter(c => c.tagName === item.tagName && c.className === item.className);
                if (/^(LI|TR)$/.test(item.tagName) || ['listitem', 'row', 'article'].includes(item.getAttribute('role')) || same.length > 1) break;
                item = p;
              }
            }
            const siblings = Array.from(item.parentElement ? item.parentElement.children : [item])
              .filter(c => c.tagName === item.tagName && this.visible(c) && !c.querySelector('th'));
            return siblings.map(c => (c.innerText || '').replace(/\s+/g, ' ').trim().slice(0, 120));
          },
        };
        """;
}

/// <summary>Polls a page reading until it satisfies a check or the step's timeout runs out (Playwright-style retry).</summary>
internal static class Retry
{
    private static readonly int[] Pauses = [0, 50, 100, 200, 300, 500];

    public static async Task<(bool Ok, T Last)> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> check, float timeoutMs)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        var attempt = 0;
        while (true)
        {
            var value = await read().ConfigureAwait(false);
            if (check(value) || DateTime.UtcNow >= deadline)
            {
                return (check(value), value);
            }

            await Task.Delay(Pauses[Math.Min(attempt++, Pauses.Length - 1)]).ConfigureAwait(false);
        }
    }
}
