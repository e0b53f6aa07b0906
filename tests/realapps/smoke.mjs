// Smoke test: one main path per app, in Chromium, with ordinary user-facing locators.
//   node smoke.mjs [--port-base N] [--no-serve] [app ...]
// Starts ./serve on the port base (default 8180) unless --no-serve (then it tests a server already running there),
// walks each app in a fresh browser context, prints "ok"/"FAIL"/"skip" per app and a closing
// "N passed, N failed, N skipped" line, and exits non-zero when an app failed.
// Chromium: $CHROMIUM or /usr/bin/chromium. playwright-core comes from the cache that ./serve installs.
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const APPS = ['shop', 'todo', 'admin', 'account', 'wizard', 'flights'];
const here = path.dirname(fileURLToPath(import.meta.url));
const cache = process.env.REALAPPS_CACHE || path.resolve(here, '../../.pacts/realapps');

const args = process.argv.slice(2);
let portBase = 8180;
let serve = true;
const only = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--port-base') portBase = Number(args[++i]);
  else if (args[i] === '--no-serve') serve = false;
  else only.push(args[i]);
}
const wanted = only.length ? only : APPS;
const url = (app, p = '/') => `http://127.0.0.1:${portBase + APPS.indexOf(app)}${p}`;
// A ceiling, not a pace: the flights search alone answers after 4 s by design, and a busy machine is slower.
const TIMEOUT = 30_000;

// ---------------------------------------------------------------- helpers

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function see(locator, timeout = TIMEOUT) {
  await locator.first().waitFor({ state: 'visible', timeout });
}

async function gone(locator, timeout = TIMEOUT) {
  await locator.first().waitFor({ state: 'hidden', timeout });
}

async function seeText(page, text, timeout = TIMEOUT) {
  await see(page.getByText(text, { exact: typeof text === 'string' }), timeout);
}

// ---------------------------------------------------------------- one main path per app

const paths = {
  async shop(page) {
    await page.goto(url('shop'));
    await seeText(page, 'Showing 9 products');
    await page.getByLabel('Mugs').check();
    await seeText(page, 'Showing 3 products');
    await page.getByLabel('Mugs').uncheck();
    await seeText(page, 'Showing 9 products');
    check(await page.getByRole('button', { name: 'Add to cart' }).count() === 9, 'nine Add to cart buttons');

    await page.getByText('Ceramic Pour-Over Dripper').click();
    await see(page.getByRole('heading', { name: 'Ceramic Pour-Over Dripper' }));
    await see(page.getByRole('tab', { name: 'Reviews (12)' }));
    // The quantity stepper: the "+" button is the one after the number.
    await page.getByText('1', { exact: true }).locator('xpath=following-sibling::button').click();
    await seeText(page, '2');
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await seeText(page, 'Added to cart');
    // The basket icon has no name (MUI hides its badge from assistive tech): click its visible badge.
    const badge = page.getByRole('banner').getByText('2', { exact: true });
    await see(badge);

    await badge.click();
    await see(page.getByRole('row', { name: /Ceramic Pour-Over Dripper/ }));
    await seeText(page, '$48.00');
    await seeText(page, '$5.99');
    await page.getByLabel('Promo code').fill('COFFEE');
    await page.getByRole('button', { name: 'Apply' }).click();
    await seeText(page, 'This code is not valid');
    await page.getByLabel('Promo code').fill('BREW10');
    await page.getByRole('button', { name: 'Apply' }).click();
    await seeText(page, 'BREW10 applied: -$4.80');
    await seeText(page, '$49.19');

    await page.getByRole('button', { name: 'Proceed to checkout' }).click();
    await see(page.getByRole('heading', { name: 'Checkout' }));
    await page.getByRole('button', { name: 'Place order' }).click();
    await seeText(page, 'Postal code is required');
    await page.getByLabel('Email').fill('pat.lee@example.com');
    await page.getByLabel('Full name').fill('Pat Lee');
    await page.getByLabel('Address line 1').fill('12 Bean Street');
    await page.getByLabel('City').fill('Portland');
    await page.getByLabel('Country').click();
    await page.getByRole('option', { name: 'United States' }).click();
    await page.getByLabel('Postal code').fill('97201');
    await page.getByLabel('Express').check();
    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByLabel('Expiry').fill('08/29');
    await page.getByLabel('CVC').fill('123');
    await page.getByRole('button', { name: 'Place order' }).click();
    await seeText(page, 'Thanks, your order is confirmed!');
    await seeText(page, /#BH-20931/);
    await gone(badge);

    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill('sam@example.com');
    await page.getByLabel('Password').fill('Coffee123!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('SM', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'My orders' }).click();
    await see(page.getByRole('heading', { name: 'My orders' }));
    check(await page.getByRole('row', { name: /#BH-/ }).count() === 3, 'three past orders');
  },

  async todo(page) {
    await page.goto(url('todo'));
    await see(page.getByRole('heading', { name: 'Listly' }));
    await seeText(page, '3 items left');
    const input = page.getByPlaceholder('What needs to be done?');
    await input.fill('Buy stamps');
    await input.press('Enter');
    await seeText(page, '4 items left');
    const row = page.getByRole('listitem').filter({ hasText: 'Buy stamps' });
    await row.getByRole('checkbox').check();
    await seeText(page, '3 items left');

    await page.getByText('Call the dentist').dblclick();
    const edit = page.getByRole('textbox').and(page.locator(':focus'));
    await edit.fill('Call the dentist at 9');
    await edit.press('Enter');
    await seeText(page, 'Call the dentist at 9');

    await page.getByRole('link', { name: 'Active' }).click();
    await gone(page.getByText('Buy stamps'));
    await page.getByRole('link', { name: 'All' }).click();
    await page.getByRole('button', { name: 'Clear completed' }).click();
    await gone(page.getByText('Buy stamps'));

    const dentist = page.getByRole('listitem').filter({ hasText: 'Call the dentist at 9' });
    await dentist.getByRole('button', { name: 'High' }).click();
    await dentist.getByRole('combobox').selectOption('Low');
    await see(dentist.getByRole('button', { name: 'Low' }));

    await page.reload();
    await seeText(page, 'Call the dentist at 9');
    await seeText(page, '3 items left');
    const haircut = page.getByRole('listitem').filter({ hasText: 'Book a haircut' });
    await haircut.hover();
    await haircut.getByRole('button', { name: '×' }).click();
    await seeText(page, '2 items left');

    await page.getByRole('button', { name: '+ New list' }).click();
    await page.getByLabel('Name').fill('Travel');
    await page.getByRole('button', { name: 'Create' }).click();
    await see(page.getByRole('link', { name: /Travel/ }));
    await gone(page.getByText('items left'));
  },

  async admin(page) {
    await page.goto(url('admin', '/admin/users'));
    await page.getByLabel('Email').fill('admin@crewdesk.io');
    await page.getByLabel('Password', { exact: true }).fill('Admin!2024');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await see(page.getByRole('heading', { name: 'Users' }));
    await seeText(page, '1–10 of 47');

    await page.getByRole('textbox', { name: 'Search by name or email' }).fill('emma');
    await see(page.getByRole('row', { name: /Emma Stone/ }));
    await seeText(page, '1–1 of 1');
    await page.getByRole('textbox', { name: 'Search by name or email' }).fill('');
    await seeText(page, '1–10 of 47');

    await page.getByRole('button', { name: 'Add user' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Full name').fill('Priya Nair');
    await dialog.getByLabel('Email', { exact: true }).fill('aisha.khan@crewdesk.io');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await seeText(page, 'A user with this email already exists');
    await dialog.getByLabel('Email', { exact: true }).fill('priya.nair@crewdesk.io');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await seeText(page, 'User saved');
    await seeText(page, '1–10 of 48');

    // The row's actions are icon buttons: pencil, key, trash can.
    await page.getByRole('row', { name: /Ben Ortiz/ }).getByRole('button').nth(2).click();
    await seeText(page, 'Delete Ben Ortiz?');
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await seeText(page, 'User deleted');
    await gone(page.getByRole('row', { name: /Ben Ortiz/ }));
    await seeText(page, '1–10 of 47');
    await page.getByRole('button', { name: 'Undo' }).click();
    await see(page.getByRole('row', { name: /Ben Ortiz/ }));

    await page.getByRole('row', { name: /Aisha Khan/ }).getByRole('checkbox').check();
    await page.getByRole('row', { name: /Dmitri Volkov/ }).getByRole('checkbox').check();
    await seeText(page, '2 selected');
    await page.getByRole('button', { name: 'Suspend' }).click();
    await seeText(page, '2 users suspended');

    await page.getByText('Email', { exact: true }).click();
    await see(page.getByRole('row', { name: /adam\.novak@crewdesk\.io/ }));
  },

  async account(page) {
    await page.goto(url('account', '/login'));
    await see(page.getByRole('heading', { name: 'Welcome back' }));
    const signIn = page.getByRole('button', { name: 'Sign in' });
    check(await signIn.isDisabled(), 'Sign in is disabled while the fields are empty');
    await page.getByLabel('Email').fill('olivia.park@mail.com');
    await page.getByLabel('Password', { exact: true }).fill('Autumn#2025');
    await signIn.click();
    await seeText(page, 'The email or password is incorrect.');
    check(await page.getByLabel('Email').inputValue() === 'olivia.park@mail.com', 'the email stays filled');
    await page.getByLabel('Password', { exact: true }).fill('Spring#2026');
    await signIn.click();
    await see(page.getByRole('heading', { name: /^Good (morning|afternoon|evening), Olivia$/ }));
    await seeText(page, '$2,340.18');
    await seeText(page, '$12,005.00');
    await seeText(page, 'Recent transactions');

    await page.getByRole('button', { name: /Olivia Park/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    // The note is text directly inside <sl-alert>, a display:contents host: wait for it to be there.
    await page.getByText('You have been signed out.').waitFor({ state: 'attached' });
    await see(page.getByRole('heading', { name: 'Welcome back' }));
  },

  async wizard(page) {
    await page.goto(url('wizard', '/quote'));
    await seeText(page, 'Step 1 of 4');
    await page.getByRole('button', { name: 'Continue' }).click();
    await seeText(page, 'Please fix the errors below');
    await seeText(page, 'Enter your date of birth');
    await page.getByLabel('First name').fill('Jamie');
    await page.getByLabel('Last name').fill('Reed');
    const dob = page.getByRole('group', { name: 'Date of birth' });
    await dob.getByLabel('Day').selectOption('14');
    await dob.getByLabel('Month').selectOption({ label: 'March' });
    await dob.getByLabel('Year').selectOption('1990');
    await page.getByLabel('Email').fill('jamie.reed@example.com');
    await page.getByLabel('Phone').fill('07700 900123');
    await page.getByLabel('No', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    await seeText(page, 'Step 2 of 4');
    await page.getByLabel('Registration number').fill('AB12 CDE');
    await page.getByRole('button', { name: 'Find car' }).click();
    await seeText(page, 'Looking up your car...');
    await seeText(page, /Toyota Corolla 2019/, 8000);
    await page.getByLabel('Where is the car parked overnight?').selectOption('Garage');
    await page.getByRole('button', { name: 'Continue' }).click();

    await seeText(page, 'Step 3 of 4');
    // Plan cards in order Basic, Standard, Premium: choose Standard.
    await page.getByRole('button', { name: 'Choose' }).nth(1).click();
    await see(page.getByRole('button', { name: 'Selected' }));
    await page.getByLabel('Breakdown cover (+$6)').check();
    await seeText(page, /\$51/);
    await page.getByRole('button', { name: 'Continue' }).click();

    await seeText(page, 'Step 4 of 4');
    await page.getByLabel('I confirm the information is correct').check();
    await page.getByRole('button', { name: 'Get my quote' }).click();
    await seeText(page, /Your quote reference is CV-7F3K2/);
    await seeText(page, /We've emailed your quote to jamie.reed@example.com/);
    await see(page.getByRole('button', { name: 'Download PDF' }));
  },

  async flights(page) {
    await page.goto(url('flights'));
    await page.getByLabel('From').fill('Lon');
    await page.getByRole('option', { name: 'London Heathrow (LHR)' }).click();
    await page.getByLabel('To').fill('Bar');
    await page.getByRole('option', { name: /Barcelona/ }).click();
    await page.getByRole('button', { name: 'Search flights' }).click();
    await seeText(page, 'Finding the best fares...');
    await see(page.getByRole('heading', { name: /\d+ flights? found/ }), 15_000);
    await see(page.getByRole('tab', { name: 'Best', selected: true }));
    await page.getByRole('tab', { name: 'Cheapest' }).click();
    await see(page.getByRole('tab', { name: 'Cheapest', selected: true }));
    await see(page.getByText('Stops'), 5000);

    await page.getByRole('button', { name: 'Price alert' }).click();
    await seeText(page, 'Price alert created');
    await gone(page.getByText('Price alert created'), 6000);

    await page.getByRole('button', { name: 'Select' }).first().click();
    await see(page.getByRole('button', { name: 'Continue to passenger details' }));
    await seeText(page, /Prices held for 14:5\d/);
  },
};

// ---------------------------------------------------------------- runner

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(here, 'serve'), ['--port-base', String(portBase)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const served = new Set();
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`serve did not say ready in 10 minutes\n${err}`)), 600_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      for (const line of out.split('\n')) {
        const m = /^(\w+) http:\/\//.exec(line);
        if (m) served.add(m[1]);
        if (line.trim() === 'ready') {
          clearTimeout(timer);
          resolve({ child, served });
        }
      }
    });
    child.stderr.on('data', (chunk) => { err += chunk; });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`serve exited with ${code}\n${err}`)); });
  });
}

async function main() {
  const require = createRequire(path.join(cache, 'node_modules', 'noop.js'));
  let chromium;
  try {
    ({ chromium } = require('playwright-core'));
  } catch {
    if (!serve) throw new Error(`no playwright-core in ${cache}/node_modules: run tests/realapps/serve once`);
  }

  let server = null;
  let served = new Set(APPS);
  if (serve) {
    server = await startServer();
    served = server.served;
    if (!chromium) ({ chromium } = require('playwright-core'));
  }

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  const counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    for (const app of wanted) {
      if (!paths[app]) {
        console.log(`FAIL ${app}: no such app (${APPS.join(', ')})`);
        counts.failed++;
        continue;
      }
      if (!fs.existsSync(path.join(here, 'apps', app))) {
        console.log(`skip ${app}: apps/${app}/ does not exist yet`);
        counts.skipped++;
        continue;
      }
      if (!served.has(app)) {
        console.log(`FAIL ${app}: not served (its build failed?)`);
        counts.failed++;
        continue;
      }
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const started = Date.now();
      try {
        const result = await paths[app](page);
        if (typeof result === 'string' && result.startsWith('skip')) {
          console.log(`skip ${app}: ${result.replace(/^skip:?\s*/, '')}`);
          counts.skipped++;
        } else {
          check(errors.length === 0, `page errors: ${errors.join('; ')}`);
          console.log(`ok   ${app} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
          counts.passed++;
        }
      } catch (e) {
        console.log(`FAIL ${app}: ${e.message.split('\n').slice(0, 6).join('\n     ')}`);
        const shot = path.join(cache, 'screens', `smoke-fail-${app}.png`);
        fs.mkdirSync(path.dirname(shot), { recursive: true });
        await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
        console.log(`     screenshot: ${shot}`);
        counts.failed++;
      }
      await context.close();
    }
  } finally {
    await browser.close();
    if (server) {
      server.child.removeAllListeners('exit');
      server.child.kill('SIGTERM');
    }
  }
  console.log(`smoke: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  process.exit(counts.failed ? 1 : 0);
}

main().catch((e) => {
  console.error(`smoke: ${e.message}`);
  process.exit(1);
});
