import { updateProfile } from '../api.js';
import { esc, fieldError } from '../util.js';

export function profilePage({ user }) {
  const html = `
    <h1>Profile</h1>
    <p class="muted">Your personal details.</p>
    <sl-card class="form-card">
      <form class="stack" novalidate>
        <sl-input name="displayName" label="Display name" value="${esc(user.displayName)}" autocomplete="name"></sl-input>
        <sl-input name="email" type="email" label="Email" value="${esc(user.email)}" readonly filled
          help-text="To change your email, contact us."></sl-input>
        <sl-input name="phone" type="tel" label="Phone" value="${esc(user.phone)}" autocomplete="tel"></sl-input>
        <sl-select name="language" label="Preferred language" value="${esc(user.language)}">
          <sl-option value="en">English</sl-option>
          <sl-option value="es">Español</sl-option>
          <sl-option value="fr">Français</sl-option>
        </sl-select>
        <div><sl-button type="submit" variant="primary" disabled>Save changes</sl-button></div>
      </form>
    </sl-card>`;

  function mount(root) {
    const form = root.querySelector('form');
    const fields = ['displayName', 'phone', 'language'].map((name) => form.querySelector(`[name=${name}]`));
    const [displayName] = fields;
    const button = form.querySelector('sl-button');
    let saved = { displayName: user.displayName, phone: user.phone, language: user.language };
    let savedTimer = null;

    const values = () => Object.fromEntries(fields.map((f) => [f.name, f.value.trim()]));
    const changed = () => fields.some((f) => f.value.trim() !== saved[f.name]);
    const showLabel = () => {
      clearTimeout(savedTimer);
      savedTimer = null;
      button.variant = 'primary';
      button.innerHTML = 'Save changes';
      button.disabled = !changed();
    };

    for (const f of fields) {
      f.addEventListener('sl-input', showLabel);
      f.addEventListener('sl-change', showLabel);
    }
    displayName.addEventListener('sl-input', () => fieldError(displayName, ''));

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (savedTimer || !changed()) return;
      if (!displayName.value.trim()) return fieldError(displayName, 'Enter a display name');
      button.loading = true;
      const user = await updateProfile(values());
      saved = { displayName: user.displayName, phone: user.phone, language: user.language };
      button.loading = false;
      button.variant = 'success';
      button.innerHTML = '<sl-icon slot="prefix" name="check-lg"></sl-icon>Saved';
      const avatar = document.querySelector('.user-menu sl-avatar');
      avatar.label = user.displayName;
      avatar.initials = user.displayName.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0].toUpperCase()).join('');
      savedTimer = setTimeout(showLabel, 2000);
    });
  }

  return { html, mount };
}
