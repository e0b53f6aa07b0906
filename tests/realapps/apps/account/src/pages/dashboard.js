import { accounts, transactions } from '../api.js';
import { esc, money } from '../util.js';

const dateFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' });

function greeting(date = new Date()) {
  const hour = date.getHours();
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

function transactionList(items) {
  if (!items.length) return '<p class="muted">No transactions yet.</p>';
  return `<ul class="transactions">${items
    .map((t) => {
      const account = accounts.find((a) => a.id === t.account);
      const [y, m, d] = t.date.split('-').map(Number);
      return `<li>
        <sl-icon name="${t.amount < 0 ? 'arrow-up-right' : 'arrow-down-left'}"></sl-icon>
        <div class="tx-main"><span class="tx-desc">${esc(t.description)}</span>
          <span class="muted">${dateFormat.format(new Date(y, m - 1, d))} · ${esc(account.name)}</span></div>
        <span class="tx-amount ${t.amount < 0 ? 'debit' : 'credit'}">${t.amount < 0 ? '-' : '+'}${money(Math.abs(t.amount))}</span>
      </li>`;
    })
    .join('')}</ul>`;
}

export function dashboardPage({ user }) {
  const firstName = user.displayName.split(/\s+/)[0];
  const html = `
    <h1>${greeting()}, ${esc(firstName)}</h1>
    <p class="muted">Here is an overview of your accounts.</p>
    <section class="tiles">
      ${accounts
        .map(
          (a) => `<sl-card class="tile">
            <div slot="header" class="tile-header"><sl-icon name="${a.icon}"></sl-icon><strong>${a.name}</strong> <span class="muted">${a.number}</span></div>
            <div class="muted small">Available balance</div>
            <div class="balance">${money(a.balance)}</div>
          </sl-card>`,
        )
        .join('')}
    </section>
    <section class="panel">
      <h2>Recent transactions</h2>
      <sl-tab-group>
        <sl-tab slot="nav" panel="all">All accounts</sl-tab>
        <sl-tab slot="nav" panel="checking">Everyday Checking</sl-tab>
        <sl-tab slot="nav" panel="savings">Savings</sl-tab>
        <sl-tab-panel name="all">${transactionList(transactions)}</sl-tab-panel>
        <sl-tab-panel name="checking">${transactionList(transactions.filter((t) => t.account === 'checking'))}</sl-tab-panel>
        <sl-tab-panel name="savings">${transactionList(transactions.filter((t) => t.account === 'savings'))}</sl-tab-panel>
      </sl-tab-group>
    </section>`;
  return { html };
}
