const DATE = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const TIME = new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });
const TODAY = Date.UTC(2026, 11, 6);

export function formatLastActive(iso) {
  if (!iso) return 'Never';
  const d = new Date(iso);
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  if (day === TODAY) return `Today, ${TIME.format(d)}`;
  if (day === TODAY - 86400000) return `Yesterday, ${TIME.format(d)}`;
  return DATE.format(d);
}

export function formatDateTime(iso) {
  const d = new Date(iso);
  return `${DATE.format(d)}, ${TIME.format(d)}`;
}

export function initials(name) {
  return name.split(/\s+/).map((p) => p[0]).join('').slice(0, 2).toUpperCase();
}
