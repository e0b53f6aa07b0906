// Smoke path for Skyline: search LHR to BCN behind the overlay, filters, sort, more flights, price alert, fare panel, deals.
export async function smoke(page, baseUrl) {
  const expectText = (text, options, timeout = 6000) => page.getByText(text, options).first().waitFor({ timeout });
  await page.goto(baseUrl);
  await page.getByLabel('From').fill('Lon');
  await page.getByRole('option', { name: 'London Heathrow (LHR)' }).click();
  await page.getByLabel('To').fill('Bar');
  await page.getByRole('option', { name: 'Barcelona (BCN)' }).click();
  await page.getByRole('button', { name: 'Search flights' }).click();
  await expectText('Finding the best fares...');
  await expectText('23 flights found', undefined, 12000);
  await page.getByRole('checkbox', { name: 'Direct' }).waitFor({ timeout: 5000 });
  if ((await page.getByRole('button', { name: 'Select' }).count()) !== 10) throw new Error('expected 10 flight cards');

  await page.getByRole('tab', { name: 'Cheapest' }).click();
  await page.getByRole('button', { name: 'Show 10 more flights' }).click();
  await page.getByRole('button', { name: 'Show 10 more flights' }).click();
  if ((await page.getByRole('button', { name: 'Select' }).count()) !== 23) throw new Error('expected all 23 flight cards');

  await page.getByRole('checkbox', { name: 'Direct' }).click();
  await expectText('12 flights found', undefined, 5000);
  await page.getByRole('slider', { name: 'Latest departure' }).fill('5');
  await expectText('No flights match your filters', undefined, 5000);
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expectText('23 flights found', undefined, 5000);

  await page.getByRole('button', { name: 'Price alert' }).click();
  await expectText('Price alert created');
  await page.getByText('Price alert created').waitFor({ state: 'hidden', timeout: 5000 });

  await page.getByRole('button', { name: 'Select' }).first().click();
  await expectText('Prices held for 14:59');
  await page.getByRole('radio', { name: /Flex/ }).click();
  await page.getByRole('button', { name: 'Continue to passenger details' }).click();
  await page.getByRole('heading', { name: 'Passenger details' }).waitFor();

  await page.getByRole('tab', { name: 'Deals' }).click();
  await expectText('Loading deals...');
  await page.getByRole('heading', { name: 'Barcelona' }).waitFor({ timeout: 5000 });
}
