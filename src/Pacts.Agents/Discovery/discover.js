// Pacts discovery: runs inside the page. One call collects every candidate element with what identifies it;
// scoring happens in C#. The same describe() gives the fingerprint of a cached element.
({
  INTERACTIVE: 'input, textarea, select, button, a[href], summary, [role], [contenteditable=""], [contenteditable="true"], [onclick], [tabindex]:not([tabindex="-1"])',

  implicitRole(el) {
    const tag = el.tagName.toLowerCase();
    const type = (el.getAttribute('type') || '').toLowerCase();
    switch (tag) {
      case 'button': return 'button';
      case 'a': return el.hasAttribute('href') ? 'link' : '';
      case 'select': return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
      case 'textarea': return 'textbox';
      case 'summary': return 'button';
      case 'option': return 'option';
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': return 'heading';
      case 'img': return 'img';
      case 'input':
        if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
        if (type === 'checkbox') return 'checkbox';
        if (type === 'radio') return 'radio';
        if (type === 'range') return 'slider';
        if (type === 'number') return 'spinbutton';
        if (type === 'search') return el.hasAttribute('list') ? 'combobox' : 'searchbox';
        if (type === 'hidden' || type === 'file') return '';
        return el.hasAttribute('list') ? 'combobox' : 'textbox';
      default:
        if (el.isContentEditable) return 'textbox';
        return el.hasAttribute('onclick') ? 'button' : '';
    }
  },

  clean(text) {
    return (text || '').replace(/\s+/g, ' ').trim();
  },

  labelText(el) {
    const texts = [];
    if (el.labels) {
      for (const label of el.labels) texts.push(this.clean(label.innerText || label.textContent));
    }
    return texts.filter(Boolean).join(' ');
  },

  accessibleName(el, role, inner) {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      const scope = el.getRootNode().getElementById ? el.getRootNode() : el.ownerDocument;
      const text = labelledBy.split(/\s+/).map(id => scope.getElementById(id))
        .filter(Boolean).map(n => this.clean(n.innerText || n.textContent)).join(' ');
      if (text) return text;
    }
    const aria = this.clean(el.getAttribute('aria-label'));
    if (aria) return aria;
    const tag = el.tagName.toLowerCase();
    const type = (el.getAttribute('type') || '').toLowerCase();
    if (tag === 'input' && type === 'image') {
      return this.clean(el.getAttribute('alt')) || this.clean(el.value) || this.clean(el.getAttribute('title')) || 'Submit';
    }
    if (tag === 'input' && ['button', 'submit', 'reset'].includes(type)) {
      return this.clean(el.value) || (type === 'submit' ? 'Submit' : type === 'reset' ? 'Reset' : '');
    }
    if (['input', 'textarea', 'select'].includes(tag)) {
      const label = this.labelText(el);
      if (label) return label;
      return this.clean(el.getAttribute('title')) || this.clean(el.getAttribute('placeholder')) || this.nearbyText(el);
    }
    if (tag === 'img') return this.clean(el.getAttribute('alt'));
    const text = this.clean(inner === undefined ? el.innerText || el.textContent : inner);
    // A glyph alone (×, ↻, ☰) names nothing a person would say; the tooltip does.
    if (text && !/[\p{L}\p{N}]/u.test(text) && el.getAttribute('title')) return this.clean(el.getAttribute('title'));
    if (text) return text.slice(0, 200);
    const img = el.querySelector('img[alt]');
    if (img) return this.clean(img.getAttribute('alt'));
    return this.clean(el.getAttribute('title'));
  },

  // A field nothing names: the short text just before it ("<span>Phone</span><div><input></div>"), two levels up at most.
  nearbyText(el) {
    let node = el;
    for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
      const before = node.previousElementSibling;
      if (before) {
        if (before.querySelector && before.querySelector('input, select, textarea, button')) return '';
        const text = this.clean(before.innerText || before.textContent);
        return text.length > 0 && text.length <= 40 ? text.replace(/[:*]\s*$/, '').trim() : '';
      }
    }
    return '';
  },

  testId(el, attributes) {
    for (const name of attributes) {
      const value = el.getAttribute(name);
      if (value) return { attribute: name, value };
    }
    return null;
  },

  isVisible(el) {
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) return false;
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  },

  cssEscape(value) {
    return window.CSS && CSS.escape ? CSS.escape(value) : value.replace(/[^a-zA-Z0-9_-]/g, c => '\\' + c);
  },

  // A short CSS path that is unique in the element's document or shadow root, or '' when none is found within a few
  // levels. Inside an open shadow root it is the host's path, a space, and the path inside (Playwright's CSS pierces
  // open shadow roots).
  cssPath(el) {
    const scope = el.getRootNode();
    const inner = this.localPath(el, scope);
    if (!inner || !(scope instanceof ShadowRoot)) return inner;
    const host = this.cssPath(scope.host);
    return host ? host + ' ' + inner : '';
  },

  localPath(el, scope) {
    const parts = [];
    let node = el;
    for (let depth = 0; node && node.nodeType === 1 && depth < 6; depth++) {
      let part = node.tagName.toLowerCase();
      if (node.id && /^[A-Za-z][\w-]*$/.test(node.id)) {
        parts.unshift('#' + this.cssEscape(node.id));
        const selector = parts.join(' > ');
        if (scope.querySelectorAll(selector).length === 1) return selector;
        parts[0] = part + parts[0];
      } else {
        const parent = node.parentElement;
        if (parent) {
          const same = Array.from(parent.children).filter(c => c.tagName === node.tagName);
          if (same.length > 1) part += `:nth-of-type(${same.indexOf(node) + 1})`;
        }
        parts.unshift(part);
        const selector = parts.join(' > ');
        if (scope.querySelectorAll(selector).length === 1) return selector;
      }
      node = node.parentElement;
    }
    return '';
  },

  // The nearest ancestor that is one of several alike siblings (a card, a row, a list item).
  repeatedContainer(el, attributes) {
    for (let node = el.parentElement; node && node !== el.ownerDocument.body; node = node.parentElement) {
      const parent = node.parentElement;
      if (!parent) break;
      const alike = Array.from(parent.children).filter(c => c !== node && c.tagName === node.tagName && c.className === node.className);
      // A table cell, a label, or a wrapper that holds nothing but the element itself is not the repeated item: climb on
      // to the row or card that carries the item's text.
      const text = this.clean(node.innerText);
      const trivial = ['TD', 'TH', 'LABEL'].includes(node.tagName) || text === this.clean(el.innerText || el.value || '');
      if (alike.length > 0 && text.length > 0 && !trivial) {
        const id = this.testId(node, attributes);
        let selector = node.tagName.toLowerCase();
        if (id) selector = `[${id.attribute}="${id.value.replace(/"/g, '\\"')}"]`;
        else if (node.classList.length > 0) selector += '.' + Array.from(node.classList).map(c => this.cssEscape(c)).join('.');
        const lines = (node.innerText || '').split('\n').map(l => this.clean(l)).filter(Boolean).slice(0, 20);
        return { text: this.clean(node.innerText).slice(0, 300), selector, lines };
      }
    }
    return null;
  },

  sectionHeading(el) {
    for (let node = el; node && node !== el.ownerDocument.body; node = node.parentElement) {
      if (node !== el && node.tagName === 'FIELDSET') {
        const own = Array.from(node.children).find(c => c.tagName === 'LEGEND');
        if (own) return this.clean(own.innerText).slice(0, 120);
      }
      for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        if (/^H[1-6]$/.test(sibling.tagName) || sibling.getAttribute('role') === 'heading') return this.clean(sibling.innerText).slice(0, 120);
        const inner = sibling.querySelector && sibling.querySelector('h1,h2,h3,h4,h5,h6,legend');
        if (inner) return this.clean(inner.innerText).slice(0, 120);
      }
      if (node.tagName === 'FIELDSET') {
        const legend = node.querySelector('legend');
        if (legend) return this.clean(legend.innerText).slice(0, 120);
      }
    }
    return '';
  },

  dialogName(el) {
    const d = el.closest('dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]');
    if (!d) return '';
    const heading = d.querySelector('h1,h2,h3,h4,h5,h6,[role="heading"]');
    return this.clean(d.getAttribute('aria-label') || (heading ? heading.innerText : '') || 'dialog').slice(0, 120);
  },

  // The fields NameMatch (C#) reads: computed for every element, before the filter decides what to describe in full.
  names(el) {
    const role = el.getAttribute('role') || this.implicitRole(el);
    const ownText = Array.from(el.childNodes).filter(n => n.nodeType === 3).map(n => n.textContent).join(' ');
    const inner = el.innerText || el.textContent;
    return {
      role,
      name: this.accessibleName(el, role, inner),
      label: this.labelText(el),
      placeholder: this.clean(el.getAttribute('placeholder')),
      text: this.clean(inner).slice(0, 200),
      ownText: this.clean(ownText).slice(0, 200),
    };
  },

  describe(el, attributes, names) {
    attributes = attributes || ['data-testid', 'data-test', 'data-qa', 'data-cy'];
    names = names || this.names(el);
    const rect = el.getBoundingClientRect();
    const container = this.repeatedContainer(el, attributes);
    return {
      tag: el.tagName.toLowerCase(),
      ...names,
      value: 'value' in el && typeof el.value === 'string' ? el.value.slice(0, 200) : '',
      testId: this.testId(el, attributes),
      id: el.id || '',
      nameAttribute: el.getAttribute('name') || '',
      type: (el.getAttribute('type') || '').toLowerCase(),
      classes: Array.from(el.classList),
      href: el.getAttribute('href') || '',
      box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
      visible: this.isVisible(el),
      enabled: !(el.disabled || el.getAttribute('aria-disabled') === 'true' || el.closest('fieldset:disabled')),
      checked: el.checked === true || el.getAttribute('aria-checked') === 'true',
      containerText: container ? container.text : '',
      containerLines: container ? container.lines : [],
      containerSelector: container ? container.selector : '',
      section: this.sectionHeading(el),
      dialog: this.dialogName(el),
    };
  },

  // A cached locator's check in one call: how many elements it finds and, when exactly one, its description, with how
  // long the page has been quiet (so the caller settles only a page that is still changing).
  check(els, attributes) {
    const key = this.watch();
    return {
      count: els.length,
      element: els.length === 1 ? this.describe(els[0], attributes) : null,
      quietMs: performance.now() - window[key],
    };
  },

  // Only the fields similarity() compares: what the guard engine works out on every cached action.
  identity(el, attributes) {
    const names = this.names(el);
    const container = this.repeatedContainer(el, attributes);
    return {
      tag: el.tagName.toLowerCase(),
      role: names.role,
      name: names.name,
      label: names.label,
      placeholder: names.placeholder,
      testId: this.testId(el, attributes),
      id: el.id || '',
      nameAttribute: el.getAttribute('name') || '',
      type: (el.getAttribute('type') || '').toLowerCase(),
      containerSelector: container ? container.selector : '',
    };
  },

  // Fingerprints.Similarity in C#, field for field: the weighted share of identifying fields that are equal (numbers
  // masked), over the fields either side has. The guard engine uses it to confirm a cached element before acting.
  similarity(stored, seen) {
    const fields = [
      ['tag', 1], ['role', 1], ['name', 2], ['label', 2], ['placeholder', 1], ['testId', 4], ['id', 3],
      ['nameAttribute', 2], ['type', 1], ['containerSelector', 1],
    ];
    const value = (fp, field) => (field === 'testId' ? (fp.testId && fp.testId.value) : fp[field]) || '';
    const comparable = text => this.normalize(text).replace(/[0-9]+/g, '#');
    let compared = 0, equal = 0;
    for (const [field, weight] of fields) {
      const a = value(stored, field), b = value(seen, field);
      if (!a && !b) continue;
      compared += weight;
      if (comparable(a) === comparable(b)) equal += weight;
    }
    return compared === 0 ? 0 : equal / compared;
  },

  // Lower case, punctuation dropped, whitespace collapsed: the same as Text.Normalize in C#.
  normalize(text) {
    if (!text) return '';
    const lower = text.toLowerCase();
    return /^[a-z0-9]+(?: [a-z0-9]+)*$/.test(lower) ? lower : lower.replace(/[^\p{L}\p{Nd}$%#@€£]+/gu, ' ').trim();
  },

  target(text) {
    const want = this.normalize(text);
    const tokens = [...new Set(want.split(' '))];
    return {
      want,
      padded: ' ' + want + ' ',
      tokens: tokens.map(t => ' ' + t + ' '),
      compact: want.replace(/ /g, ''),
      maxEdits: want.length >= 4 ? Math.max(1, Math.floor(want.length / 6)) : -1,
    };
  },

  // True when NameMatch (C#) could score the element above zero: its tests (equal, whole words contained, small edit
  // distance, token overlap, identifier equal) without its weights. Only those elements are described in full.
  mayMatch(target, names, identifiers) {
    const want = target.want;
    let previous = null;
    for (const value of [names.name, names.label, names.placeholder, names.ownText, names.text]) {
      if (!value || value === previous) continue;
      previous = value;
      const have = this.normalize(value);
      if (!have) continue;
      const padded = ' ' + have + ' ';
      if (padded.includes(target.padded)) return true;
      if (Math.abs(want.length - have.length) <= 2 && target.maxEdits >= 0 && this.editDistance(want, have) <= target.maxEdits) return true;
      let common = 0;
      for (const token of target.tokens) if (padded.includes(token)) common++;
      if (common > 0 && common / (target.tokens.length + new Set(have.split(' ')).size - common) >= 0.5) return true;
    }
    return identifiers.some(id => id && this.normalize(id).replace(/ /g, '') === target.compact);
  },

  editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const current = [i];
      for (let j = 1; j <= b.length; j++) {
        current[j] = Math.min(current[j - 1] + 1, previous[j] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      previous = current;
    }
    return previous[b.length];
  },

  // The CSS path of a candidate the last collect() returned, by its index; only the chosen one ever needs it.
  cssPathOf(index) {
    const el = (window[Symbol.for('pacts.candidates')] || [])[index];
    return el && el.isConnected ? this.cssPath(el) : '';
  },

  // The document, every open shadow root below it, and the documents of same-origin frames (one level), each with
  // the CSS path of the frame element it lives in ('' for the page itself).
  roots() {
    const roots = [];
    const walk = (root, frame) => {
      roots.push({ root, frame });
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot, frame);
        if (frame === '' && (el.tagName === 'IFRAME' || el.tagName === 'FRAME')) {
          let doc = null;
          try { doc = el.contentDocument; } catch (e) { doc = null; }
          const path = doc && doc.body ? this.cssPath(el) : '';
          if (path) walk(doc, path);
        }
      }
    };
    walk(document, '');
    return roots;
  },

  collect(options) {
    const attributes = options.testIdAttributes;
    const seen = new Set();
    const elements = [];
    const frames = new Map();
    const roots = this.roots();
    // While a modal dialog is open the page behind it is inert: only what is inside the dialog can be acted on.
    const modal = Array.from(document.querySelectorAll('dialog[open], [aria-modal="true"]')).find(d => (d.matches('dialog') ? d.matches(':modal') : true) && this.isVisible(d));
    for (const { root, frame } of roots) {
      for (const el of root.querySelectorAll(this.INTERACTIVE)) {
        if (!seen.has(el)) { seen.add(el); elements.push(el); frames.set(el, frame); }
      }
    }
    if (options.includeText) {
      // Plain text elements, for clicks on things that are not marked up as controls.
      for (const { root, frame } of roots) for (const el of root.querySelectorAll('*')) {
        if (seen.has(el) || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)) continue;
        const hasText = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim().length > 0);
        const named = attributes.some(a => el.hasAttribute(a)) || el.hasAttribute('aria-label');
        if ((hasText && !el.closest(this.INTERACTIVE)) || named) { seen.add(el); elements.push(el); frames.set(el, frame); }
        if (elements.length > 3000) break;
      }
    }
    const target = options.target ? this.target(options.target) : null;
    const candidates = [];
    const kept = [];
    for (const el of elements) {
      if ((el.getAttribute('type') || '').toLowerCase() === 'hidden') continue;
      if (modal && !modal.contains(el)) continue;
      const names = this.names(el);
      const id = this.testId(el, attributes);
      if (target && !this.mayMatch(target, names, [id && id.value, el.id, el.getAttribute('name')])) continue;
      const info = this.describe(el, attributes, names);
      info.frame = frames.get(el) || '';
      info.index = kept.length;
      if (!info.role && options.includeText) info.role = 'text';
      candidates.push(info);
      kept.push(el);
    }
    window[Symbol.for('pacts.candidates')] = kept;
    return { candidates, scanned: elements.length };
  },

  // Keeps the time of the document's last DOM change. BrowserHost installs it at document start; installed later it
  // knows nothing of the past, so it counts the page as changed just now.
  watch() {
    const key = Symbol.for('pacts.lastChange');
    if (window[key] === undefined) {
      // Also as a performance mark, the one piece of page state the guard engine (in Playwright's utility world, which
      // shares the DOM but not this window's properties) can read. Only the newest mark is kept.
      const changed = () => {
        window[key] = performance.now();
        performance.clearMarks('pacts:dom');
        performance.mark('pacts:dom');
      };
      changed();
      new MutationObserver(changed)
        .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    }
    return key;
  },

  // Resolves once the DOM has had no change for quietMs (at once on a page already quiet), or after maxMs at most.
  settle(quietMs, maxMs) {
    const key = this.watch();
    const start = performance.now();
    return new Promise(resolve => {
      const check = () => {
        const now = performance.now();
        const quiet = now - window[key];
        if (quiet >= quietMs || now - start >= maxMs) resolve(now - start);
        else setTimeout(check, Math.min(quietMs - quiet, maxMs - (now - start)) + 1);
      };
      check();
    });
  },

  // Resolves on the next DOM mutation, or after maxMs.
  nextChange(maxMs) {
    return new Promise(resolve => {
      const observer = new MutationObserver(() => { observer.disconnect(); resolve(true); });
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      setTimeout(() => { observer.disconnect(); resolve(false); }, maxMs);
    });
  },

  // The visible text blocks most like the expected text, for "expected X, found Y" messages.
  closestTexts(expected) {
    const want = this.clean(expected).toLowerCase();
    const words = new Set(want.split(/\W+/).filter(Boolean));
    const results = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)) continue;
      const hasText = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim().length > 0);
      if (!hasText || !this.isVisible(el)) continue;
      const text = this.clean(el.innerText);
      if (!text || text.length > 300) continue;
      const have = text.toLowerCase().split(/\W+/).filter(Boolean);
      const overlap = have.filter(w => words.has(w)).length;
      if (overlap > 0) results.push({ text, score: overlap / Math.max(words.size, have.length) });
    }
    results.sort((a, b) => b.score - a.score || a.text.length - b.text.length);
    return results.slice(0, 3).map(r => r.text);
  },
})
