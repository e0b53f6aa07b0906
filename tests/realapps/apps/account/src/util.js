export const esc = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
export const money = (amount) => usd.format(amount);

export const passwordRules = [
  { label: 'At least 12 characters', test: (p) => p.length >= 12 },
  { label: 'One number', test: (p) => /\d/.test(p) },
  { label: 'One symbol', test: (p) => /[^A-Za-z0-9\s]/.test(p) },
];

export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// Show a message under a Shoelace field (its help text), red when it is an error.
export function fieldError(el, message) {
  el.helpText = message || el.dataset.help || '';
  el.classList.toggle('has-error', Boolean(message));
  el.setCustomValidity?.(message || '');
}

export function rulesList(password) {
  return passwordRules
    .map((rule) => {
      const met = rule.test(password);
      return `<li class="${met ? 'met' : ''}"><sl-icon name="${met ? 'check-circle-fill' : 'circle'}"></sl-icon>${rule.label}</li>`;
    })
    .join('');
}
