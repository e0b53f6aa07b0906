import { sendResetLink } from '../api.js';
import { EMAIL_RE, fieldError } from '../util.js';

export function forgotPage() {
  const html = `
    <sl-card class="auth-card">
      <h1>Reset your password</h1>
      <p class="muted">Enter the email you use for Northwind Bank and we'll send you a link to choose a new password.</p>
      <sl-alert class="sent" variant="success"><sl-icon slot="icon" name="envelope"></sl-icon>If an account exists for that email, we've sent a link.</sl-alert>
      <form class="stack" novalidate>
        <sl-input name="email" type="email" label="Email" autocomplete="email"></sl-input>
        <sl-button type="submit" variant="primary" size="large">Send reset link</sl-button>
      </form>
      <p class="switch-link"><a href="/login">Back to sign in</a></p>
    </sl-card>`;

  function mount(root) {
    const form = root.querySelector('form');
    const email = form.querySelector('[name=email]');
    const button = form.querySelector('sl-button');
    const sent = root.querySelector('.sent');
    email.addEventListener('sl-input', () => fieldError(email, ''));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      sent.open = false;
      const value = email.value.trim();
      if (!value) return fieldError(email, 'Enter your email');
      if (!EMAIL_RE.test(value)) return fieldError(email, 'Enter a valid email address');
      button.loading = true;
      await sendResetLink(value);
      button.loading = false;
      sent.open = true;
    });
  }

  return { html, mount };
}
