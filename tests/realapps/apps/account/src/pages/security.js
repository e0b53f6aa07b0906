import { changePassword, setTwoStep } from '../api.js';
import { esc, fieldError, passwordRules, rulesList } from '../util.js';

const SECRET = 'NWBK4F2Q7XJD9LMA';

export function securityPage({ user }) {
  const otpUrl = `otpauth://totp/Northwind%20Bank:${encodeURIComponent(user.email)}?secret=${SECRET}&issuer=Northwind%20Bank`;
  const html = `
    <h1>Security</h1>
    <p class="muted">Keep your account safe.</p>
    <sl-card class="form-card">
      <h2 slot="header">Change password</h2>
      <sl-alert class="pw-done" variant="success"><sl-icon slot="icon" name="check2-circle"></sl-icon>Your password has been updated.</sl-alert>
      <form class="stack" novalidate>
        <sl-input name="current" type="password" label="Current password" autocomplete="current-password" password-toggle></sl-input>
        <div>
          <sl-input name="next" type="password" label="New password" autocomplete="new-password" password-toggle></sl-input>
          <ul class="rules">${rulesList('')}</ul>
        </div>
        <sl-input name="confirm" type="password" label="Confirm new password" autocomplete="new-password" password-toggle></sl-input>
        <div><sl-button type="submit" variant="primary">Update password</sl-button></div>
      </form>
    </sl-card>
    <sl-card class="form-card">
      <h2 slot="header">Two-step verification</h2>
      <sl-switch class="two-step" ${user.twoStep ? 'checked' : ''}>Two-step verification</sl-switch>
      <p class="muted small two-step-status">${user.twoStep ? 'On: we ask for a code from your authenticator app when you sign in.' : 'Off: add a second step to your sign-in with an authenticator app.'}</p>
    </sl-card>
    <sl-dialog class="two-step-dialog" label="Set up two-step verification">
      <p>Scan this QR code with your authenticator app, then enter the 6-digit code it shows.</p>
      <div class="qr"><sl-qr-code value="${esc(otpUrl)}" size="180" label="QR code"></sl-qr-code></div>
      <p class="muted small">Can't scan it? Enter this key instead: <code>${SECRET.match(/.{4}/g).join(' ')}</code></p>
      <form class="code-form" novalidate>
        <sl-input name="code" label="6-digit code" inputmode="numeric" maxlength="6" autocomplete="one-time-code"></sl-input>
      </form>
      <sl-button slot="footer" class="cancel">Cancel</sl-button>
      <sl-button slot="footer" class="verify" variant="primary">Verify</sl-button>
    </sl-dialog>`;

  function mount(root) {
    // Change password
    const form = root.querySelector('form.stack');
    const [current, next, confirm] = ['current', 'next', 'confirm'].map((n) => form.querySelector(`[name=${n}]`));
    const rules = form.querySelector('.rules');
    const done = root.querySelector('.pw-done');
    const submit = form.querySelector('sl-button');
    let tried = false;

    const checkConfirm = () => {
      if (tried && confirm.value) fieldError(confirm, confirm.value === next.value ? '' : 'Passwords do not match');
    };
    next.addEventListener('sl-input', () => {
      rules.innerHTML = rulesList(next.value);
      fieldError(next, '');
      checkConfirm();
    });
    current.addEventListener('sl-input', () => fieldError(current, ''));
    confirm.addEventListener('sl-input', () => (confirm.value ? checkConfirm() : fieldError(confirm, '')));

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      tried = true;
      done.open = false;
      let ok = true;
      if (!current.value) (ok = false), fieldError(current, 'Enter your current password');
      if (!next.value) (ok = false), fieldError(next, 'Enter a new password');
      else if (!passwordRules.every((r) => r.test(next.value))) (ok = false), fieldError(next, 'Your new password does not meet the rules below');
      if (!confirm.value) (ok = false), fieldError(confirm, 'Confirm your new password');
      else if (confirm.value !== next.value) (ok = false), fieldError(confirm, 'Passwords do not match');
      if (!ok) return;
      submit.loading = true;
      try {
        await changePassword(current.value, next.value);
        for (const f of [current, next, confirm]) f.value = '';
        rules.innerHTML = rulesList('');
        tried = false;
        done.open = true;
      } catch (err) {
        fieldError(current, err.message);
      } finally {
        submit.loading = false;
      }
    });

    // Two-step verification
    const toggle = root.querySelector('.two-step');
    const status = root.querySelector('.two-step-status');
    const dialog = root.querySelector('.two-step-dialog');
    const code = dialog.querySelector('[name=code]');
    const verify = dialog.querySelector('.verify');
    let verified = false;

    const showStatus = (on) => {
      status.textContent = on
        ? 'On: we ask for a code from your authenticator app when you sign in.'
        : 'Off: add a second step to your sign-in with an authenticator app.';
    };
    toggle.addEventListener('sl-change', async () => {
      if (toggle.checked) {
        verified = false;
        code.value = '';
        fieldError(code, '');
        dialog.show();
      } else {
        await setTwoStep(false);
        showStatus(false);
      }
    });
    dialog.addEventListener('sl-after-show', () => code.focus());
    dialog.addEventListener('sl-hide', (event) => {
      if (event.target !== dialog) return;
      if (!verified) toggle.checked = false;
    });
    dialog.querySelector('.cancel').addEventListener('click', () => dialog.hide());
    code.addEventListener('sl-input', () => fieldError(code, ''));
    const doVerify = async () => {
      if (!/^\d{6}$/.test(code.value.trim())) return fieldError(code, 'Enter the 6-digit code from your app');
      verify.loading = true;
      await setTwoStep(true);
      verify.loading = false;
      verified = true;
      showStatus(true);
      dialog.hide();
    };
    verify.addEventListener('click', doVerify);
    dialog.querySelector('.code-form').addEventListener('submit', (event) => {
      event.preventDefault();
      doVerify();
    });
  }

  return { html, mount };
}
