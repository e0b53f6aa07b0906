// Smoke path for Coverly: empty step 1 errors, the four steps with the car lookup, the price box, the quote.
export async function smoke(page, baseUrl) {
  const expectText = (text, options) => page.getByText(text, options).first().waitFor({ timeout: 6000 });
  const next = () => page.getByRole('button', { name: 'Continue' }).click();
  await page.goto(new URL('/quote', baseUrl).href);
  await expectText('Step 1 of 4');
  await next();
  await expectText('Please fix the errors below');
  await expectText('Enter your date of birth');

  await page.getByLabel('First name').fill('Jane');
  await page.getByLabel('Last name').fill('Doe');
  const dob = page.getByRole('group', { name: 'Date of birth' });
  await dob.getByLabel('Day').selectOption('14');
  await dob.getByLabel('Month').selectOption({ label: 'March' });
  await dob.getByLabel('Year').selectOption('1988');
  await page.getByLabel('Email').fill('jane.doe@example.com');
  await page.getByLabel('Phone').fill('07700 900123');
  await page.getByLabel('No', { exact: true }).check();
  await next();
  await expectText('Step 2 of 4');

  await page.getByLabel('Registration number').fill('AB12 CDE');
  await page.getByRole('button', { name: 'Find car' }).click();
  await expectText('Looking up your car...');
  await expectText('Toyota Corolla 2019');
  await page.getByLabel('Where is the car parked overnight?').selectOption('Driveway');
  await next();
  await expectText('Step 3 of 4');

  await page.getByRole('button', { name: 'Choose' }).nth(1).click();
  await page.getByRole('button', { name: 'Selected' }).waitFor();
  await page.getByLabel('Breakdown cover').check();
  await expectText('$51', { exact: true });
  await next();
  await expectText('Step 4 of 4');
  await page.getByLabel('I confirm the information is correct').check();
  await page.getByRole('button', { name: 'Get my quote' }).click();
  await expectText('Your quote reference is CV-7F3K2');
  await expectText("We've emailed your quote to jane.doe@example.com");
  await page.getByRole('button', { name: 'Download PDF' }).waitFor();
}
