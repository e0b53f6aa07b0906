// Fake backend of Coverly: the car lookup by registration (answers after 3 s) and the quote.
const CARS = {
  AB12CDE: { make: 'Toyota', model: 'Corolla', year: 2019 },
  AB19CDE: { make: 'Toyota', model: 'Corolla', year: 2019 },
  LM68ABC: { make: 'Volkswagen', model: 'Golf', year: 2018 },
  KD70HFG: { make: 'Ford', model: 'Focus', year: 2020 },
  XY21ZZZ: { make: 'Tesla', model: 'Model 3', year: 2021 },
};
// Any other registration in the current UK format gets one of these, always the same for the same number.
const OTHERS = [
  { make: 'Honda', model: 'Civic', year: 2017 },
  { make: 'Vauxhall', model: 'Corsa', year: 2016 },
  { make: 'Kia', model: 'Sportage', year: 2022 },
  { make: 'Nissan', model: 'Qashqai', year: 2020 },
];
const REFERENCE = 'CV-7F3K2';

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function json(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function pdf(reference) {
  const text = `Coverly car insurance quote ${reference}`;
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

export async function handle(req, res, url) {
  if (url.pathname === '/' && req.method === 'GET') {
    res.writeHead(302, { Location: '/quote' });
    res.end();
    return true;
  }
  if (url.pathname === '/api/vehicle' && req.method === 'GET') {
    const reg = (url.searchParams.get('reg') || '').toUpperCase().replace(/\s+/g, '');
    await delay(3000);
    let car = CARS[reg];
    if (!car && /^[A-Z]{2}\d{2}[A-Z]{3}$/.test(reg)) {
      const sum = [...reg].reduce((s, c) => s + c.charCodeAt(0), 0);
      car = OTHERS[sum % OTHERS.length];
    }
    if (!car) json(res, 404, { error: 'not_found' });
    else json(res, 200, { registration: reg, ...car });
    return true;
  }
  if (url.pathname === '/api/quote' && req.method === 'POST') {
    for await (const _ of req); // read the body
    await delay(800);
    json(res, 200, { reference: REFERENCE });
    return true;
  }
  const m = url.pathname.match(/^\/api\/quote\/([A-Z0-9-]+)\.pdf$/);
  if (m && req.method === 'GET') {
    const body = pdf(m[1]);
    res.writeHead(200, {
      'Content-Type': 'application/pdf',
      'Content-Length': body.length,
      'Content-Disposition': `attachment; filename="Coverly-quote-${m[1]}.pdf"`,
    });
    res.end(body);
    return true;
  }
  return false;
}
