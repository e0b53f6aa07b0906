import flatpickr from 'flatpickr';
import { register, TODAY } from '../api.js';
import { EMAIL_RE, fieldError, passwordRules, rulesList } from '../util.js';

function age(birth) {
  let years = TODAY.getFullYear() - birth.getFullYear();
  if (TODAY.getMonth() < birth.getMonth() || (TODAY.getMonth() === birth.getMonth() && TODAY.getDate() < birth.getDate())) years--;
  return years;
}

export function registerPage({ navigate }) {
  const html = `
    <sl-card class="auth-card wide">
      <h1>Open an account</h1>
      <p class="muted">It takes about two minutes.</p>
      <form class="stack" novalidate>
        <div class="two-cols">
          <sl-input name="firstName" label="First name" autocomplete="given-name"></sl-input>
          <sl-input name="lastName" label="Last name" autocomplete="family-name"></sl-input>
        </div>
        <sl-input name="email" type="email" label="Email" autocomplete="email"></sl-input>
        <div>
          <sl-input name="password" type="password" label="Password" autocomplete="new-password" password-toggle></sl-input>
          <ul class="rules">${rulesList('')}</ul>
        </div>
        <sl-input name="dob" label="Date of birth" placeholder="MM/DD/YYYY" data-help="You must be 18 or older to open an account."
          help-text="You must be 18 or older to open an account.">
          <sl-icon slot="suffix" name="calendar3"></sl-icon>
        </sl-input>
        <sl-checkbox name="terms">I agree to the <a href="/terms" class="terms-link">Terms</a></sl-checkbox>
        <div class="terms-error error-text" hidden>You must agree to the Terms</div>
        <sl-button type="submit" variant="primary" size="large">Create account</sl-button>
      </form>
      <p class="switch-link">Already have an account? <a href="/login">Sign in</a></p>
    </sl-card>
    <sl-dialog class="terms-dialog" label="Terms and Conditions">
      <h3>1. Your account</h3>
      <p>You must be at least 18 years old and a resident of the United States to open a Northwind Bank account.
      You agree to give us true and complete information and to keep it up to date.</p>
      <h3>2. Online banking</h3>
      <p>Keep your password secret. Tell us at once if you think someone else knows it. We will never ask for your
      password by email or phone.</p>
      <h3>3. Fees</h3>
      <p>Everyday Checking has no monthly fee. Savings earns interest at the rate shown in the current rate sheet.</p>
      <h3>4. Privacy</h3>
      <p>We use your information as described in our Privacy Notice.</p>
      <sl-button slot="footer" variant="primary" class="close-terms">Close</sl-button>
    </sl-dialog>`;

  async function mount(root) {
    const form = root.querySelector('form');
    const field = (name) => form.querySelector(`[name=${name}]`);
    const [firstName, lastName, email, password, dob, terms] = ['firstName', 'lastName', 'email', 'password', 'dob', 'terms'].map(field);
    const rules = form.querySelector('.rules');
    const termsError = form.querySelector('.terms-error');
    const dialog = root.querySelector('.terms-dialog');
    const submit = form.querySelector('sl-button[type=submit]');

    form.querySelector('.terms-link').addEventListener('click', (event) => {
      event.preventDefault(); // open the terms, don't tick the box
      event.stopPropagation();
      dialog.show();
    });
    dialog.querySelector('.close-terms').addEventListener('click', () => dialog.hide());

    for (const f of [firstName, lastName, email, password, dob]) f.addEventListener('sl-input', () => fieldError(f, ''));
    password.addEventListener('sl-input', () => (rules.innerHTML = rulesList(password.value)));
    terms.addEventListener('sl-change', () => (termsError.hidden = true));

    await customElements.whenDefined('sl-input');
    await dob.updateComplete;
    const picker = flatpickr(dob.input, {
      dateFormat: 'm/d/Y',
      allowInput: true,
      maxDate: TODAY,
      onChange: () => fieldError(dob, ''),
    });
    // With allowInput, flatpickr leaves Escape to the input: close the calendar ourselves.
    dob.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && picker.isOpen) picker.close();
    });

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      let ok = true;
      const fail = (el, message) => {
        ok = false;
        fieldError(el, message);
      };
      if (!firstName.value.trim()) fail(firstName, 'Enter your first name');
      if (!lastName.value.trim()) fail(lastName, 'Enter your last name');
      if (!email.value.trim()) fail(email, 'Enter your email');
      else if (!EMAIL_RE.test(email.value.trim())) fail(email, 'Enter a valid email address');
      if (!password.value) fail(password, 'Create a password');
      else if (!passwordRules.every((r) => r.test(password.value))) fail(password, 'Your password does not meet the rules below');
      const birth = dob.value ? flatpickr.parseDate(dob.value, 'm/d/Y') : null;
      if (!dob.value) fail(dob, 'Enter your date of birth');
      else if (!birth || isNaN(birth)) fail(dob, 'Enter a date as MM/DD/YYYY');
      else if (age(birth) < 18) fail(dob, 'You must be at least 18 to open an account');
      if (!terms.checked) {
        ok = false;
        termsError.hidden = false;
      }
      if (!ok) return;
      submit.loading = true;
      try {
        await register({
          firstName: firstName.value.trim(),
          lastName: lastName.value.trim(),
          email: email.value,
          password: password.value,
          dateOfBirth: picker.formatDate(birth, 'Y-m-d'),
        });
        navigate('/login', { variant: 'success', icon: 'check2-circle', text: 'Your account has been created. Sign in to get started.' });
      } catch (err) {
        submit.loading = false;
        fieldError(email, err.message);
      }
    });
  }

  return { html, mount };
}
