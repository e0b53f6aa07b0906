import { signIn } from '../api.js';
import { esc } from '../util.js';

export function loginPage({ note, navigate }) {
  const html = `
    <sl-card class="auth-card">
      <h1>Welcome back</h1>
      <p class="muted">Sign in to manage your accounts.</p>
      ${note ? `<sl-alert variant="${note.variant}" open><sl-icon slot="icon" name="${note.icon}"></sl-icon>${esc(note.text)}</sl-alert>` : ''}
      <sl-alert class="login-error" variant="danger"><sl-icon slot="icon" name="exclamation-octagon"></sl-icon><span></span></sl-alert>
      <form class="stack" novalidate>
        <sl-input name="email" type="email" label="Email" autocomplete="username"></sl-input>
        <sl-input name="password" type="password" label="Password" autocomplete="current-password" password-toggle></sl-input>
        <div class="row-between">
          <sl-checkbox name="keep">Keep me signed in</sl-checkbox>
          <a href="/forgot-password">Forgot password?</a>
        </div>
        <sl-button type="submit" variant="primary" size="large" disabled>Sign in</sl-button>
      </form>
      <p class="switch-link">New here? <a href="/register">Open an account</a></p>
    </sl-card>`;

  function mount(root) {
    const form = root.querySelector('form');
    const email = form.querySelector('[name=email]');
    const password = form.querySelector('[name=password]');
    const keep = form.querySelector('[name=keep]');
    const button = form.querySelector('sl-button[type=submit]');
    const error = root.querySelector('.login-error');

    const update = () => {
      button.disabled = !(email.value.trim() && password.value);
    };
    email.addEventListener('sl-input', update);
    password.addEventListener('sl-input', update);

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (button.disabled || button.loading) return;
      button.loading = true;
      error.open = false;
      try {
        await signIn(email.value, password.value, keep.checked);
        navigate('/dashboard');
      } catch (err) {
        button.loading = false;
        error.querySelector('span').textContent = err.message;
        error.open = true;
        password.value = '';
        update();
        password.focus();
      }
    });
  }

  return { html, mount };
}
