// Smoke path for Northwind Bank: wrong password, sign in, dashboard, profile save, password rules, two-step dialog, sign out.
export async function smoke(page, baseUrl) {
  const expectText = (text, options) => page.getByText(text, options).first().waitFor({ timeout: 5000 });
  await page.goto(new URL('/login', baseUrl).href);
  await page.getByRole('heading', { name: 'Welcome back' }).waitFor();
  const signIn = page.getByRole('button', { name: 'Sign in' });
  if (!(await signIn.isDisabled())) throw new Error('Sign in should be disabled while the fields are empty');
  await page.getByLabel('Email').fill('olivia.park@mail.com');
  await page.getByLabel('Password', { exact: true }).fill('Wrong#2026');
  await signIn.click();
  await expectText('The email or password is incorrect.');
  if ((await page.getByLabel('Email').inputValue()) !== 'olivia.park@mail.com') throw new Error('the email was not kept');

  await page.getByLabel('Password', { exact: true }).fill('Spring#2026');
  await signIn.click();
  await page.waitForURL('**/dashboard');
  await expectText(/Good (morning|afternoon|evening), Olivia/);
  await expectText('$2,340.18');
  await expectText('$12,005.00');
  await page.getByRole('heading', { name: 'Recent transactions' }).waitFor();

  await page.getByRole('button', { name: 'Olivia Park' }).click();
  await page.getByRole('menuitem', { name: 'Profile' }).click();
  await page.waitForURL('**/profile');
  const save = page.getByRole('button', { name: 'Save changes' });
  if (!(await save.isDisabled())) throw new Error('Save changes should be disabled before any change');
  await page.getByLabel('Phone').fill('+1 555 010 2030');
  await save.click();
  await page.getByRole('button', { name: 'Saved' }).waitFor();
  await save.waitFor({ timeout: 4000 });

  await page.getByRole('button', { name: 'Olivia Park' }).click();
  await page.getByRole('menuitem', { name: 'Security' }).click();
  await page.getByLabel('Current password').fill('Spring#2026');
  await page.getByLabel('New password', { exact: true }).fill('Longpassword12!');
  await page.getByLabel('Confirm new password').fill('Longpassword13!');
  await page.getByRole('button', { name: 'Update password' }).click();
  await expectText('Passwords do not match');
  await page.getByRole('switch', { name: 'Two-step verification' }).click({ force: true });
  await page.getByRole('dialog', { name: 'Set up two-step verification' }).waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  if (await page.getByRole('switch', { name: 'Two-step verification' }).isChecked()) throw new Error('two-step should stay off');

  await page.getByRole('button', { name: 'Olivia Park' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL('**/login');
  await expectText('You have been signed out.');
}
