// The page rules Pacts counts, lists, orders and names pages by: generic DOM rules only, nothing here knows any site.
// PageChecks wraps this object as the body of 'arg => { ... return pactsChecks.<check>(arg); }'; the generated test
// projects carry the same text (Reporting/GeneratedPageRules), so they check what the run checked.
const pactsChecks = {
  norm: s => (s || '').toLowerCase().replace(/\s+/g, ' ').trim(),
  visible(el) {
    // checkVisibility also sees what a closed <details> or a content-visibility:hidden ancestor hides.
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true })) return false;
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
  count({ target, kind, scope }) {
    const t = this.singular(this.norm(target));
    // Items, rows, cards, orders: the items of the list the noun names (the same list each, sorted and nth read);
    // any other noun without a kind counts a list named after it, when there is one ("3 users": the user list).
    if (/^(item|product|result|row|entry|line|card|record|order)$/.test(t)) return this.repeated(t, scope).length;
    const named = kind ? null : this.named(t, scope);
    if (named) return named.length;
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

  // ---- names: of a page, a link, a field of a list ----
  clean: s => (s || '').replace(/\s+/g, ' ').trim(),
  // Letters and digits only: "Sign-in", "Sign in" and "signin" are all "signin".
  compact(s) { return this.norm(s).replace(/[^\p{L}\p{N}]+/gu, ''); },
  // A name's stem, so that one form finds the other: "orders" and "order", "categories" and "category".
  stem(w) {
    return w.endsWith('ies') ? w.slice(0, -3) : /(ss|x|ch|sh)es$/.test(w) ? w.slice(0, -2)
      : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w.length > 4 && w.endsWith('y') ? w.slice(0, -1) : w;
  },
  // Whether a text names the name: the name starts at a word of the text, whatever separates its words there.
  names(text, name) {
    const n = this.stem(this.compact(name));
    if (!n) return false;
    return new RegExp('(^|[^\\p{L}\\p{N}])' + Array.from(n).join('[^\\p{L}\\p{N}]*'), 'u').test(this.norm(text));
  },
  // The path segments of an address and of its #/route, compacted, without file extensions.
  segments(href) {
    let url;
    try { url = new URL(href, location.href); } catch (e) { return []; }
    let path = url.pathname + '/' + url.hash.replace(/^#!?/, '').split('?')[0];
    try { path = decodeURIComponent(path); } catch (e) { /* a malformed escape stays as written */ }
    return path.split('/').map(p => this.compact(p.replace(/\.[a-z0-9]+$/i, ''))).filter(Boolean);
  },
  // Whether an address names the page: a path segment (or only the last one) holds the name's slug.
  urlNames(href, name, lastOnly) {
    const n = this.stem(this.compact(name));
    const parts = this.segments(href);
    return n.length > 0 && (lastOnly ? parts.slice(-1) : parts).some(p => p.includes(n));
  },
  // What a control is called: its aria-label, text, value, title, or the alt text of its image.
  label(el) {
    const img = el.querySelector ? el.querySelector('img[alt]') : null;
    const text = el.innerText === undefined ? el.textContent : el.innerText;
    return this.clean(el.getAttribute('aria-label') || text || (typeof el.value === 'string' ? el.value : '') || el.getAttribute('title') || (img ? img.alt : ''));
  },
  // The first visible h1; else the first visible heading inside main.
  mainHeading() {
    const shown = list => Array.from(list).find(h => this.visible(h));
    const h1 = shown(document.querySelectorAll('h1'));
    if (h1) return this.clean(h1.innerText);
    for (const main of document.querySelectorAll('main, [role=main]')) {
      const h = shown(main.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]'));
      if (h) return this.clean(h.innerText);
    }
    return '';
  },
  // Whether the page is the named one: by its address, its title or its main heading.
  onPage(name) {
    const title = this.clean(document.title), heading = this.mainHeading();
    const by = this.urlNames(location.href, name, false) ? 'url' : this.names(title, name) ? 'title' : heading && this.names(heading, name) ? 'heading' : '';
    return { ok: by !== '', by, url: location.pathname + location.search + location.hash, title, heading };
  },
  // The visible link to the named page (else a tab, menu item or button): named like it, else pointing at it.
  pageLink(name) {
    const n = this.compact(name), stem = this.stem(n);
    const kinds = ['a[href], [role=link]', '[role=tab]', '[role=menuitem]', 'button, [role=button], input[type=submit], input[type=button]'];
    const seen = [];
    let best = null, bestScore = 0, hidden = 0;
    kinds.forEach((selector, rank) => {
      for (const el of document.querySelectorAll(selector)) {
        const label = this.label(el), c = this.compact(label);
        let href = null;
        try { href = typeof el.href === 'string' && el.href ? new URL(el.href) : null; } catch (e) { href = null; }
        const score = c === n || this.stem(c) === stem ? 3 : this.names(label, name) ? 2
          : href && href.origin === location.origin && this.urlNames(href.href, name, true) ? 1 : 0;
        if (!this.visible(el)) {
          if (score > 0) hidden++;
          continue;
        }
        if (label && seen.length < 12 && !seen.includes(label)) seen.push(label);
        if (score > 0 && score * 10 - rank > bestScore) { best = el; bestScore = score * 10 - rank; }
      }
    });
    const bare = u => u.href.split('#')[0];
    const navigates = !!best && best.tagName === 'A' && best.target !== '_blank' && typeof best.href === 'string'
      && /^https?:/.test(best.href) && bare(new URL(best.href)) !== bare(location);
    return { found: !!best, element: best, navigates, seen, hidden };
  },

  // ---- repeated items: the rows, list items or cards of one list ----
  generic: w => /^(item|row|entry|line|record|card|element|result|thing|one)$/.test(w),
  // The test ids, aria-label, id and classes of an element, compacted.
  own(el) {
    const ids = Array.from(el.attributes).filter(a => /^data-(test|qa|cy)/.test(a.name)).map(a => a.value).join(' ');
    return this.compact([el.getAttribute('aria-label') || '', el.id || '', typeof el.className === 'string' ? el.className : '', ids].join(' '));
  },
  // The heading, caption or legend an element starts with or follows.
  caption(el) {
    const head = el.querySelector(':scope > caption, :scope > legend, :scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6, :scope > header');
    const before = el.previousElementSibling;
    const prior = before && /^(H[1-6]|HEADER|LEGEND)$/.test(before.tagName) ? before : null;
    return this.compact((head ? head.innerText : '') + ' ' + (prior ? prior.innerText : ''));
  },
  // Every list of the root: rows and list items by their container, then groups of alike siblings (cards).
  lists(root) {
    const byParent = new Map();
    for (const row of this.rows(root)) {
      if (!byParent.has(row.parentElement)) byParent.set(row.parentElement, []);
      byParent.get(row.parentElement).push(row);
    }
    const lists = Array.from(byParent.values());
    for (const parent of [root, ...root.querySelectorAll('*')]) {
      if (byParent.has(parent) || parent.children.length < 2 || /^(TABLE|THEAD|TBODY|TFOOT|TR|SELECT|DATALIST|svg)$/i.test(parent.tagName)) continue;
      const bySig = new Map();
      for (const child of parent.children) {
        if (/^(OPTION|BR|TD|TH|TR|LI|SCRIPT|STYLE|TEMPLATE)$/.test(child.tagName) || !this.visible(child)) continue;
        const sig = child.tagName + '.' + (typeof child.className === 'string' ? child.className : '');
        if (!bySig.has(sig)) bySig.set(sig, []);
        bySig.get(sig).push(child);
      }
      for (const list of bySig.values()) {
        if (list.length > 1 && list.every(e => this.norm(e.innerText).length > 0)) lists.push(list);
      }
    }
    return lists;
  },
  // How plainly a list is named after the noun: by its items' test ids or classes, by its container or the heading
  // above it, by every item's text; 0 when it is not (and for words any list could be called, such as "item").
  mentions(list, noun) {
    const t = noun ? this.stem(this.compact(noun)) : '';
    if (!t || this.generic(t)) return 0;
    let score = list.some(e => this.own(e).includes(t)) ? 60 : 0;
    for (let el = list[0].parentElement, up = 0; el && up < 4; el = el.parentElement, up++) {
      if (this.own(el).includes(t) || this.caption(el).includes(t)) { score += 50 - up * 10; break; }
    }
    return score + (list.every(e => this.compact(e.innerText).includes(t)) ? 20 : 0);
  },
  // How likely a list is the one the noun names: named after it, in the main content, of rich items, long.
  listScore(list, noun) {
    let score = Math.min(list.length, 30) + this.mentions(list, noun);
    if (list[0].closest('nav, header, footer, [role=navigation], [role=banner], [role=contentinfo], [role=menu], [role=menubar], [role=tablist]')) score -= 100;
    if (list[0].closest('main, [role=main]')) score += 10;
    if (list.every(e => e.children.length > 0)) score += 10;
    return score;
  },
  // The items of a list named after the noun (see mentions), or null when no list of the scope is.
  named(noun, scope) {
    for (const root of this.roots(scope)) {
      const lists = this.lists(root).filter(l => this.mentions(l, noun) >= 40);
      if (lists.length > 0) return this.best(lists, l => this.listScore(l, noun));
    }
    return null;
  },
  best(lists, score) {
    let best = null, top = -Infinity;
    for (const list of lists) {
      const s = score(list);
      if (s > top) { best = list; top = s; }
    }
    return best;
  },
  // The items of the list the noun names, in the first scoped element that holds a list.
  repeated(noun, scope) {
    for (const root of this.roots(scope)) {
      const lists = this.lists(root);
      if (lists.length > 0) return this.best(lists, l => this.listScore(l, noun));
    }
    return [];
  },
  // An item's first line of text ("#1043", "Blue Mug"), to name it in a message.
  itemLabel(el, max) {
    const line = (el.innerText || '').split(/[\n\t]/).map(s => s.trim()).find(Boolean) || '';
    return line.length > (max || 40) ? line.slice(0, (max || 40) - 1) + '…' : line;
  },
  kinds: {
    button: 'button, [role=button], input[type=submit], input[type=button], input[type=reset], a[class*=btn], a[class*=button]',
    link: 'a[href], [role=link]',
    field: 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]), textarea, [role=textbox]',
    checkbox: 'input[type=checkbox], [role=checkbox], [role=switch]',
    radio: 'input[type=radio], [role=radio]',
    dropdown: 'select, [role=combobox], [role=listbox]',
    tab: '[role=tab]',
    'menu item': '[role=menuitem]',
    option: 'option, [role=option]',
    icon: 'svg, img, i, [role=img], [class*=icon], button, a',
    image: 'img, svg, picture, [role=img]',
    heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
  },
  // Whether an item holds a visible control named like the target (of the kind, when one is given).
  holds(item, target, kind) {
    const selector = this.kinds[this.norm(kind).replace(/[_-]/g, ' ')];
    if (!selector && this.names(item.innerText, target)) return true;
    const candidates = item.querySelectorAll(selector || '[aria-label], [title], img[alt], input[value], [placeholder]');
    return Array.from(candidates).some(e => this.visible(e) && this.called(e).some(name => this.names(name, target)));
  },
  // Every name a control goes by: aria-label, text, value, title, placeholder, the alt text of its image.
  called(el) {
    const img = el.querySelector ? el.querySelector('img[alt]') : null;
    const text = el.innerText === undefined ? el.textContent : el.innerText;
    return [el.getAttribute('aria-label'), text, typeof el.value === 'string' ? el.value : '', el.getAttribute('title'), el.getAttribute('placeholder'), el.getAttribute('alt'), img ? img.alt : '']
      .filter(Boolean);
  },
  each({ target, kind, noun, scope }) {
    const items = this.repeated(noun, scope);
    const missing = items.map((item, i) => [item, i]).filter(([item]) => !this.holds(item, target, kind)).map(([item, i]) => this.itemLabel(item) || 'item ' + (i + 1));
    return { total: items.length, missing };
  },
  nth({ noun, ordinal, text, scope }) {
    const items = this.repeated(noun, scope);
    const item = items[ordinal < 0 ? items.length + ordinal : ordinal - 1];
    const shown = item ? this.clean(item.innerText) : '';
    return { ok: !!item && this.norm(shown).includes(this.norm(text)), total: items.length, text: shown.length > 120 ? shown.slice(0, 119) + '…' : shown };
  },

  // ---- order by a field: money, dates, numbers, text ----
  fieldKind(field) {
    const f = this.norm(field);
    if (/\b(price|amount|total|cost|subtotal|fee|salary|balance|revenue|spend|spent|paid|budget)s?\b/.test(f)) return 'money';
    if (/\b(date|time|day|created|updated|modified|when|deadline|due|posted|published|joined|birthday|timestamp)s?\b/.test(f)) return 'date';
    return '';
  },
  firstAmount(text) {
    const s = String(text || '');
    const money = s.match(/(?:[$€£¥₹₩₽]|\b(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|SEK|NOK|DKK|PLN)\b)\s?-?\d[\d.,]*|-?\d[\d.,]*\s?(?:[$€£¥₹₩₽]|\b(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|SEK|NOK|DKK|PLN|kr|zł)\b)/i)
      || s.match(/-?\d[\d.,]*/);
    return money ? money[0].trim().replace(/[.,]+$/, '') : '';
  },
  // A number as written, with currency and thousands separators dropped: "$1,234.50" and "1.234,50 €" are 1234.5.
  toNumber(text) {
    let t = String(text || '').replace(/−/g, '-').replace(/[^\d.,-]/g, '').replace(/[.,]+$/, '');
    if (!/\d/.test(t)) return null;
    const dot = t.lastIndexOf('.'), comma = t.lastIndexOf(',');
    const count = c => t.split(c).length - 1;
    const decimal = dot >= 0 && comma >= 0 ? (dot > comma ? '.' : ',')
      : comma >= 0 ? (count(',') === 1 && !/,\d{3}$/.test(t) ? ',' : '')
      : dot >= 0 && count('.') === 1 ? '.' : '';
    if (decimal) {
      const at = t.lastIndexOf(decimal);
      t = t.slice(0, at).replace(/[.,]/g, '') + '.' + t.slice(at + 1);
    } else {
      t = t.replace(/[.,]/g, '');
    }
    const n = parseFloat(t);
    return isNaN(n) ? null : n;
  },
  months: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  // A date (and time) as written: 2024-03-05, 3/5/2024 (month first), 5.3.2024, 5 March 2024, Mar 5, 2024, 10:30 pm.
  toDate(text) {
    const t = this.norm(text);
    const mon = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
    let m, y = 2000, mo, d;
    if ((m = t.match(/(\d{4})-(\d{1,2})-(\d{1,2})/))) [y, mo, d] = [+m[1], +m[2], +m[3]];
    else if ((m = t.match(/(\d{1,2})([/.])(\d{1,2})\2(\d{2,4})/))) {
      [mo, d] = m[2] === '.' || +m[1] > 12 ? [+m[3], +m[1]] : [+m[1], +m[3]];
      y = +m[4] < 100 ? 2000 + +m[4] : +m[4];
    } else if ((m = t.match(new RegExp('(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+' + mon + ',?(?:\\s+(\\d{4}))?')))) [d, mo, y] = [+m[1], this.months.indexOf(m[2]) + 1, m[3] ? +m[3] : 2000];
    else if ((m = t.match(new RegExp(mon + '\\s+(\\d{1,2})(?:st|nd|rd|th)?,?(?:\\s+(\\d{4}))?')))) [mo, d, y] = [this.months.indexOf(m[1]) + 1, +m[2], m[3] ? +m[3] : 2000];
    const time = t.match(/(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?/);
    let minutes = 0;
    if (time) minutes = ((+time[1] % (time[4] ? 12 : 24)) + (time[4] === 'pm' ? 12 : 0)) * 60 + +time[2] + (time[3] ? +time[3] / 60 : 0);
    if (mo === undefined) return time ? minutes * 60000 : null;
    return Date.UTC(y, mo - 1, d) + minutes * 60000;
  },
  // The value of the field in one item: its labelled or named element, else the first amount or date, else its first line.
  fieldIn(item, field, type) {
    const f = this.stem(this.compact(field));
    let source = null;
    for (const label of item.querySelectorAll('dt, th, label')) {
      if (this.names(label.innerText, field) && label.nextElementSibling) { source = label.nextElementSibling.innerText; break; }
    }
    const named = source === null ? Array.from(item.querySelectorAll('*')).find(e => this.visible(e) && this.own(e).includes(f)) : null;
    if (named) source = named.innerText;
    if (source === null) {
      const line = (item.innerText || '').split('\n').find(l => this.names(l, field) && /[:：]/.test(l));
      if (line) source = line.slice(line.search(/[:：]/) + 1);
    }
    const text = source === null ? item.innerText || '' : source;
    if (type === 'money') return this.firstAmount(text) || this.firstAmount(item.innerText);
    if (type === 'date') {
      const time = (named || item).querySelector('time[datetime]');
      if (time) return time.getAttribute('datetime');
      const found = this.clean(text).split(/\s*[\n\t|·•]\s*/).find(p => this.toDate(p) !== null);
      return found || '';
    }
    if (source !== null) return this.clean(source);
    const heading = /^(name|title)$/.test(f) ? item.querySelector('h1, h2, h3, h4, h5, h6, [role=heading]') : null;
    return heading ? this.clean(heading.innerText) : this.itemLabel(item, 200);
  },
  // The field's values down a table column whose header names it, or null when no table has one.
  column(field, scope) {
    for (const root of this.roots(scope)) {
      for (const table of root.querySelectorAll('table, [role=table], [role=grid], [role=treegrid]')) {
        if (!this.visible(table)) continue;
        const html = table.tagName === 'TABLE';
        const head = html ? (table.tHead && table.tHead.rows[0]) || Array.from(table.rows).find(r => Array.from(r.cells).every(c => c.tagName === 'TH'))
          : table.querySelector('[role=row]');
        if (!head) continue;
        const heads = html ? Array.from(head.cells) : Array.from(head.querySelectorAll('[role=columnheader]'));
        const exact = heads.find(h => this.compact(h.innerText) === this.compact(field));
        const header = exact || heads.find(h => this.names(h.innerText, field) || this.names(h.getAttribute('aria-label') || '', field));
        if (!header) continue;
        let at = 0;
        for (const h of heads.slice(0, heads.indexOf(header))) at += html ? h.colSpan : 1;
        const rows = html
          ? Array.from(table.tBodies).flatMap(b => Array.from(b.rows)).filter(r => r !== head && this.visible(r) && Array.from(r.cells).some(c => c.tagName === 'TD'))
          : Array.from(table.querySelectorAll('[role=row]')).filter(r => r !== head && this.visible(r) && r.querySelector('[role=cell], [role=gridcell]'));
        const cellAt = row => {
          if (!html) return row.querySelectorAll('[role=cell], [role=gridcell], [role=rowheader]')[at];
          let col = 0;
          for (const cell of row.cells) {
            if (col <= at && at < col + cell.colSpan) return cell;
            col += cell.colSpan;
          }
          return null;
        };
        const type = this.fieldKind(field);
        const values = rows.map(r => cellAt(r)).map(c => !c ? '' : type === 'money' ? this.firstAmount(c.innerText) : this.clean(c.innerText));
        return { how: 'the ' + this.clean(header.innerText) + ' column', unit: 'row', values, labels: rows.map(r => this.itemLabel(r)) };
      }
    }
    return null;
  },
  // The field's values in the items of the list that best holds it.
  fieldValues(field, scope) {
    const type = this.fieldKind(field);
    for (const root of this.roots(scope)) {
      const lists = this.lists(root);
      if (lists.length === 0) continue;
      const read = lists.map(list => ({ list, values: list.map(i => this.fieldIn(i, field, type)) }));
      const best = this.best(read, r => this.listScore(r.list, field) + (r.values.every(v => v !== '') ? 40 : 0));
      return { how: 'the ' + this.norm(field) + ' of each item', unit: 'item', values: best.values, labels: best.list.map(i => this.itemLabel(i)) };
    }
    return { how: 'the ' + this.norm(field) + ' of each item', unit: 'item', values: [] };
  },
  sortKey(value, type) {
    if (value === '' || value === null || value === undefined) return null;
    if (type === 'money' || type === 'number') return this.toNumber(type === 'money' ? this.firstAmount(value) : value);
    if (type === 'date') return this.toDate(value);
    return this.norm(value);
  },
  sorted({ field, direction, scope }) {
    const read = this.column(field, scope) || this.fieldValues(field, scope);
    const values = read.values;
    let type = this.fieldKind(field);
    if (!type) {
      const numeric = v => /^[^\p{L}\d]{0,3}-?\d[\d.,\s]*(?:[^\p{L}\d]{0,3}|\s?\p{L}{1,5})$/u.test(v.trim());
      type = values.length > 0 && values.every(numeric) ? 'number' : values.length > 0 && values.every(v => /\d/.test(v) && this.toDate(v) !== null) ? 'date' : 'text';
    }
    const keys = values.map(v => this.sortKey(v, type));
    const unreadable = keys.findIndex(k => k === null);
    const sign = /^desc/i.test(direction || '') ? -1 : 1;
    const compare = (a, b) => type === 'text' ? a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true }) : a - b;
    let pair = null;
    for (let i = 1; unreadable < 0 && i < keys.length && !pair; i++) {
      if (sign * compare(keys[i - 1], keys[i]) > 0) pair = [i - 1, i];
    }
    return { ok: values.length > 0 && unreadable < 0 && !pair, how: read.how, unit: read.unit, type, values, unreadable, pair, labels: read.labels || [] };
  },
};
