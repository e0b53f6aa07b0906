import 'bootstrap/dist/css/bootstrap.min.css';
import 'tom-select/dist/css/tom-select.bootstrap5.min.css';
import './styles.css';

import $ from 'jquery';
import { Modal, Toast } from 'bootstrap';
import TomSelect from 'tom-select';

// "Today" for this app (age checks and the year lists).
const TODAY = new Date(2026, 11, 6);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MAKES = ['Alfa Romeo', 'Audi', 'BMW', 'Citroën', 'Dacia', 'Fiat', 'Ford', 'Honda', 'Hyundai', 'Jaguar', 'Kia', 'Land Rover', 'Mazda',
  'Mercedes-Benz', 'MINI', 'Nissan', 'Peugeot', 'Renault', 'SEAT', 'Skoda', 'Suzuki', 'Tesla', 'Toyota', 'Vauxhall', 'Volkswagen', 'Volvo'];
const PLANS = [
  { id: 'basic', name: 'Basic', price: 32, blurb: 'Third party, fire and theft',
    covers: ['Damage to other people\'s cars and property', 'Fire damage to your car', 'Theft of your car'] },
  { id: 'standard', name: 'Standard', price: 45, popular: true, blurb: 'Comprehensive cover',
    covers: ['Everything in Basic', 'Accidental damage to your car', 'Windscreen repair', 'Personal belongings up to $300'] },
  { id: 'premium', name: 'Premium', price: 61, blurb: 'Comprehensive plus',
    covers: ['Everything in Standard', 'New car replacement in the first year', 'Key cover', 'Personal belongings up to $1,000', 'No-claims discount protection'] },
];
const ADDONS = [
  { id: 'breakdown', name: 'Breakdown cover', price: 6 },
  { id: 'courtesy', name: 'Courtesy car', price: 4 },
  { id: 'legal', name: 'Legal protection', price: 3 },
];

const money = (n) => `$${Number.isInteger(n) ? n : n.toFixed(2)}`;
const miles = (n) => `${Number(n).toLocaleString('en-US')} miles`;

let step = 1;
let plan = null;
let carMode = 'lookup';
let foundCar = null;

// ---------- set up the controls ----------
for (let d = 1; d <= 31; d++) $('#dobDay').append(new Option(String(d), String(d)));
MONTHS.forEach((m, i) => $('#dobMonth').append(new Option(m, String(i + 1))));
for (let y = TODAY.getFullYear(); y >= 1920; y--) $('#dobYear').append(new Option(String(y), String(y)));
for (let y = TODAY.getFullYear(); y >= 1990; y--) $('#carYearSelect').append(new Option(String(y), String(y)));

const makeSelect = new TomSelect('#make', {
  options: MAKES.map((m) => ({ value: m, text: m })),
  maxItems: 1,
  create: false,
  allowEmptyOption: true,
  sortField: { field: 'text', direction: 'asc' },
  onChange: () => clearError($('#make')),
});

$('#plans').html(
  PLANS.map((p) => `
    <div class="col-md-4">
      <div class="card h-100 plan-card" data-plan="${p.id}">
        <div class="card-body d-flex flex-column">
          ${p.popular ? '<span class="badge text-bg-warning align-self-start mb-2">Most popular</span>' : ''}
          <h3 class="h5 mb-1">${p.name}</h3>
          <p class="text-muted small mb-2">${p.blurb}</p>
          <p class="mb-2"><span class="fs-3 fw-bold">${money(p.price)}</span>/month</p>
          <a href="#" class="small mb-3 plan-details" data-plan="${p.id}">What's covered</a>
          <button type="button" class="btn btn-outline-primary mt-auto choose" data-plan="${p.id}">Choose</button>
        </div>
      </div>
    </div>`).join(''),
);
$('#addons').html(
  ADDONS.map((a) => `
    <div class="form-check">
      <input class="form-check-input addon" type="checkbox" id="addon-${a.id}" value="${a.id}" />
      <label class="form-check-label" for="addon-${a.id}">${a.name} (+${money(a.price)})</label>
    </div>`).join(''),
);

// ---------- steps ----------
function showStep(n) {
  step = n;
  $('.step').each(function () {
    $(this).toggleClass('d-none', Number($(this).data('step')) !== n);
  });
  $('#step-label').text(`Step ${n} of 4`);
  $('.progress').attr('aria-valuenow', n * 25);
  $('.progress-bar').css('width', `${n * 25}%`);
  $('.steps li').each(function () {
    const s = Number($(this).data('step'));
    $(this).toggleClass('active', s === n).toggleClass('done', s < n);
    if (s === n) $(this).attr('aria-current', 'step');
    else $(this).removeAttr('aria-current');
  });
  $('#back').toggleClass('d-none', n === 1);
  $('#continue').text(n === 4 ? 'Get my quote' : 'Continue');
  $('#form-errors').addClass('d-none');
  if (n === 3) updatePrice();
  if (n === 4) renderSummary();
  window.scrollTo(0, 0);
}

// Each answer's wrapper (data-field) holds its red message (.invalid-feedback).
function setError($field, message) {
  const $box = $field.closest('[data-field]');
  $field.addClass('is-invalid');
  $box.find('.ts-wrapper').addClass('is-invalid');
  const $feedback = $box.find('.invalid-feedback').first();
  if (message) $feedback.text(message);
  $feedback.addClass('d-block');
}
function clearError($field) {
  const $box = $field.closest('[data-field]');
  $box.find('.is-invalid').removeClass('is-invalid');
  $box.find('.invalid-feedback').first().removeClass('d-block');
  // The note at the top goes once every message of the step is fixed.
  if (!$(`.step[data-step=${step}] .invalid-feedback.d-block`).length) $('#form-errors').addClass('d-none');
}

function birthDate() {
  const d = Number($('#dobDay').val()), m = Number($('#dobMonth').val()), y = Number($('#dobYear').val());
  if (!d || !m || !y) return null;
  const date = new Date(y, m - 1, d);
  return date.getMonth() === m - 1 ? date : 'invalid';
}
function ageOn(birth, today) {
  let age = today.getFullYear() - birth.getFullYear();
  if (today.getMonth() < birth.getMonth() || (today.getMonth() === birth.getMonth() && today.getDate() < birth.getDate())) age--;
  return age;
}

function validateStep(n) {
  let ok = true;
  const need = (sel, test, message) => {
    const $f = $(sel);
    if (test($f.val())) return clearError($f);
    ok = false;
    setError($f, message);
  };
  const filled = (v) => Boolean(v && String(v).trim());
  if (n === 1) {
    need('#firstName', filled);
    need('#lastName', filled);
    const birth = birthDate();
    const $dob = $('#dobDay, #dobMonth, #dobYear');
    if (!birth) ok = false, setError($dob, 'Enter your date of birth');
    else if (birth === 'invalid') ok = false, setError($dob, 'Enter a real date of birth');
    else if (ageOn(birth, TODAY) < 18) ok = false, setError($dob, 'You must be at least 18 to get a quote');
    else clearError($dob);
    const email = $('#email').val().trim();
    if (!email) ok = false, setError($('#email'), 'Enter your email address');
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) ok = false, setError($('#email'), 'Enter a valid email address, like name@example.com');
    else clearError($('#email'));
    const phone = $('#phone').val().trim();
    if (!phone) ok = false, setError($('#phone'), 'Enter your phone number');
    else if (!/^\+?[\d\s()-]+$/.test(phone) || phone.replace(/\D/g, '').length < 10) ok = false, setError($('#phone'), 'Enter a valid phone number');
    else clearError($('#phone'));
    const claims = $('input[name=claims]:checked').val();
    if (!claims) ok = false, setError($('input[name=claims]'));
    else clearError($('input[name=claims]'));
    if (claims === 'yes') need('#claimCount', (v) => Number(v) >= 1 && Number(v) <= 20);
  }
  if (n === 2) {
    if (carMode === 'lookup') {
      if (!foundCar) {
        ok = false;
        setError($('#registration'), $('#registration').val().trim() ? 'Find your car, or enter its details manually' : 'Enter your registration number');
      }
    } else {
      if (makeSelect.getValue()) clearError($('#make'));
      else ok = false, setError($('#make'));
      need('#model', filled);
      need('#carYearSelect', filled);
    }
    need('#parking', filled);
  }
  if (n === 3) {
    $('#plan-error').toggleClass('d-block', !plan);
    if (!plan) ok = false;
  }
  if (n === 4) need('#confirm', () => $('#confirm').is(':checked'));
  $('#form-errors').toggleClass('d-none', ok);
  if (!ok) window.scrollTo(0, 0);
  return ok;
}

// clear a field's message as soon as it is answered
$('#quote-form').on('input change', 'input, select', function () {
  if (this.id.startsWith('dob')) {
    if ($('#dobDay').val() && $('#dobMonth').val() && $('#dobYear').val()) clearError($('#dobDay'));
  } else if (this.name === 'claims') {
    clearError($(this));
  } else if ($(this).hasClass('is-invalid') && $(this).val()) {
    clearError($(this));
  }
});

$('input[name=claims]').on('change', function () {
  $('#claimCountGroup').toggleClass('d-none', this.value !== 'yes');
});

// ---------- step 2: the car ----------
$('#mileage').on('input', function () {
  $('#mileageOut').text(`${miles(this.value)} a year`);
});

$('#findCar').on('click', async function () {
  const reg = $('#registration').val().trim();
  foundCar = null;
  $('#carFound').addClass('d-none');
  if (!reg) return setError($('#registration'), 'Enter your registration number');
  clearError($('#registration'));
  const $button = $(this).prop('disabled', true);
  $('#lookingUp').removeClass('d-none');
  try {
    const response = await fetch(`/api/vehicle?reg=${encodeURIComponent(reg)}`);
    if (!response.ok) throw new Error('not found');
    foundCar = await response.json();
    $('#carTitle').text(`${foundCar.make} ${foundCar.model} ${foundCar.year}`);
    $('#carMake').text(foundCar.make);
    $('#carModel').text(foundCar.model);
    $('#carYear').text(foundCar.year);
    $('#carFound').removeClass('d-none');
  } catch {
    setError($('#registration'), "We couldn't find a car with that registration. Check it, or enter the details manually.");
  } finally {
    $('#lookingUp').addClass('d-none');
    $button.prop('disabled', false);
  }
});
$('#registration').on('keydown', (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    $('#findCar').trigger('click');
  }
});
$('#registration').on('input', () => {
  if (foundCar) foundCar = null, $('#carFound').addClass('d-none');
});

$('#showManual').on('click', (event) => {
  event.preventDefault();
  carMode = 'manual';
  $('#lookup').addClass('d-none');
  $('#manual').removeClass('d-none');
});
$('#showLookup').on('click', (event) => {
  event.preventDefault();
  carMode = 'lookup';
  $('#manual').addClass('d-none');
  $('#lookup').removeClass('d-none');
});

// ---------- step 3: the cover ----------
$('#plans').on('click', '.choose', function () {
  plan = PLANS.find((p) => p.id === $(this).data('plan'));
  $('.plan-card').each(function () {
    const chosen = $(this).data('plan') === plan.id;
    $(this).toggleClass('border-primary border-2 selected', chosen);
    $(this).find('.choose')
      .text(chosen ? 'Selected' : 'Choose')
      .attr('aria-pressed', String(chosen))
      .toggleClass('btn-primary', chosen)
      .toggleClass('btn-outline-primary', !chosen);
  });
  $('#plan-error').removeClass('d-block');
  if (!$('.step[data-step=3] .invalid-feedback.d-block').length) $('#form-errors').addClass('d-none');
  updatePrice();
});
$('#plans').on('click', '.plan-details', function (event) {
  event.preventDefault();
  const p = PLANS.find((x) => x.id === $(this).data('plan'));
  $('#planModalTitle').text(`What's covered: ${p.name}`);
  $('#planModalList').html(p.covers.map((c) => `<li>${c}</li>`).join(''));
  Modal.getOrCreateInstance('#planModal').show();
});
$('#addons').on('change', '.addon', updatePrice);
$('#payAnnually').on('change', updatePrice);

function chosenAddons() {
  return ADDONS.filter((a) => $(`#addon-${a.id}`).is(':checked'));
}
function monthly() {
  return (plan ? plan.price : 0) + chosenAddons().reduce((sum, a) => sum + a.price, 0);
}
function annual() {
  return Math.round(monthly() * 12 * 0.9 * 100) / 100;
}
function updatePrice() {
  const lines = [];
  if (plan) lines.push(`<li>${plan.name} plan: ${money(plan.price)}/month</li>`);
  else lines.push('<li>Choose a plan to see your price</li>');
  for (const a of chosenAddons()) lines.push(`<li>${a.name}: +${money(a.price)}/month</li>`);
  if ($('#payAnnually').is(':checked')) {
    $('#priceLabel').text('Annual price');
    $('#priceAmount').text(money(annual()));
    $('#pricePer').text('/year');
    if (plan) lines.push(`<li class="text-success">You save ${money(Math.round(monthly() * 12 * 10) / 100)} a year</li>`);
  } else {
    $('#priceLabel').text('Monthly price');
    $('#priceAmount').text(money(monthly()));
    $('#pricePer').text('/month');
  }
  $('#priceLines').html(lines.join(''));
}

// ---------- step 4: review ----------
function carText() {
  if (carMode === 'lookup' && foundCar) return `${foundCar.make} ${foundCar.model} ${foundCar.year}`;
  return `${makeSelect.getValue()} ${$('#model').val().trim()} ${$('#carYearSelect').val()}`;
}
function renderSummary() {
  const birth = birthDate();
  const claims = $('input[name=claims]:checked').val() === 'yes' ? `Yes, ${$('#claimCount').val()}` : 'No';
  const addons = chosenAddons().map((a) => a.name).join(', ') || 'None';
  const section = (title, target, rows) => `
    <div class="card mb-3 summary-section">
      <div class="card-header d-flex justify-content-between align-items-center">
        <h3 class="h6 mb-0">${title}</h3><a href="#" class="edit" data-target="${target}">Edit</a>
      </div>
      <div class="card-body"><dl class="row mb-0">${rows
        .map(([k, v]) => `<dt class="col-sm-4">${k}</dt><dd class="col-sm-8">${$('<div>').text(v).html()}</dd>`)
        .join('')}</dl></div>
    </div>`;
  $('#summary').html(
    section('About you', 1, [
      ['Name', `${$('#firstName').val().trim()} ${$('#lastName').val().trim()}`],
      ['Date of birth', `${birth.getDate()} ${MONTHS[birth.getMonth()]} ${birth.getFullYear()}`],
      ['Email', $('#email').val().trim()],
      ['Phone', $('#phone').val().trim()],
      ['Claims in the last 5 years', claims],
    ]) +
    section('Your car', 2, [
      ['Car', carText()],
      ...(carMode === 'lookup' ? [['Registration', $('#registration').val().trim().toUpperCase()]] : []),
      ['Annual mileage', miles($('#mileage').val())],
      ['Parked overnight', $('#parking').val()],
    ]) +
    section('Cover', 3, [
      ['Plan', `${plan.name} (${money(plan.price)}/month)`],
      ['Add-ons', addons],
      ['Payment', $('#payAnnually').is(':checked') ? `Annually: ${money(annual())}/year` : `Monthly: ${money(monthly())}/month`],
    ]),
  );
}
$('#summary').on('click', '.edit', function (event) {
  event.preventDefault();
  showStep(Number($(this).data('target')));
});

// ---------- navigation ----------
$('#back').on('click', () => showStep(Math.max(1, step - 1)));
$('#quote-form').on('submit', async (event) => {
  event.preventDefault();
  if (!validateStep(step)) return;
  if (step < 4) return showStep(step + 1);
  const $button = $('#continue').prop('disabled', true).html('<span class="spinner-border spinner-border-sm me-2" aria-hidden="true"></span>Getting your quote...');
  const response = await fetch('/api/quote', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: $('#email').val().trim(), plan: plan.id, addons: chosenAddons().map((a) => a.id), annual: $('#payAnnually').is(':checked') }),
  });
  const quote = await response.json();
  $button.prop('disabled', false).text('Get my quote');
  $('#reference').text(quote.reference);
  $('#sentTo').text($('#email').val().trim());
  $('#donePrice').text($('#payAnnually').is(':checked') ? `${money(annual())} a year` : `${money(monthly())} a month`);
  $('#wizard').addClass('d-none');
  $('#done').removeClass('d-none').data('reference', quote.reference);
  window.scrollTo(0, 0);
});

$('#downloadPdf').on('click', () => {
  const reference = $('#done').data('reference');
  const link = document.createElement('a');
  link.href = `/api/quote/${reference}.pdf`;
  link.download = `Coverly-quote-${reference}.pdf`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  $('#toastText').text('Your quote PDF is downloading');
  Toast.getOrCreateInstance('#toast', { delay: 4000 }).show();
});

if (location.pathname !== '/quote') history.replaceState(null, '', '/quote');
showStep(1);
