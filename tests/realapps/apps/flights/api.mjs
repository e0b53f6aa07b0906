// Fake backend of Skyline: flight search (4 s), the filters (1 s), a filtered reload (1 s) and the deals (1.5 s).
const AIRLINES = [
  { code: 'AU', name: 'Aurora Airways' },
  { code: 'BJ', name: 'BlueJet' },
  { code: 'CR', name: 'Crown Air' },
  { code: 'ME', name: 'Meridian' },
  { code: 'NS', name: 'Northstar' },
  { code: 'PE', name: 'Pelican Air' },
];
const HUBS = ['AMS', 'FRA', 'CDG', 'MUC', 'ZRH', 'DUB'];

// The same 23 flights for any route, listed in "Best" order (price and duration together).
// [airline, departs, minutes, stops, price]
const TABLE = [
  ['AU', '07:15', 205, 0, 189],
  ['BJ', '06:00', 180, 0, 142],
  ['CR', '08:40', 330, 1, 164],
  ['ME', '09:55', 200, 0, 226],
  ['NS', '11:20', 415, 1, 131],
  ['PE', '12:05', 195, 0, 204],
  ['AU', '13:30', 210, 0, 238],
  ['BJ', '14:45', 390, 1, 118],
  ['CR', '15:10', 640, 2, 109],
  ['ME', '16:25', 215, 0, 251],
  ['NS', '17:50', 350, 1, 157],
  ['PE', '18:35', 205, 0, 199],
  ['AU', '19:40', 470, 1, 146],
  ['BJ', '20:15', 185, 0, 173],
  ['CR', '21:30', 720, 2, 97],
  ['ME', '22:45', 360, 1, 139],
  ['NS', '06:35', 220, 0, 212],
  ['PE', '07:50', 505, 2, 124],
  ['AU', '10:10', 400, 1, 168],
  ['BJ', '13:05', 190, 0, 181],
  ['CR', '16:55', 225, 0, 263],
  ['ME', '19:05', 580, 2, 115],
  ['NS', '23:20', 240, 0, 149],
];

function minutesOf(hhmm) {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}
function hhmm(minutes) {
  const m = minutes % (24 * 60);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function flights(from, to) {
  const score = (row) => row[4] + row[2] * 0.5 + row[3] * 40;
  return TABLE.map((row, i) => {
    const [code, departs, minutes, stops, price] = row;
    const airline = AIRLINES.find((a) => a.code === code);
    const dep = minutesOf(departs);
    return {
      id: `${code}${100 + i * 7}`,
      airline: airline.name,
      airlineCode: code,
      flightNumber: `${code} ${100 + i * 7}`,
      from,
      to,
      departs,
      arrives: hhmm(dep + minutes),
      nextDay: dep + minutes >= 24 * 60,
      departMinutes: dep,
      duration: minutes,
      stops,
      via: HUBS.slice(i % HUBS.length, (i % HUBS.length) + stops),
      price,
      score: score(row),
    };
  }).sort((a, b) => a.score - b.score);
}

function applyFilters(list, params) {
  const stops = params.getAll('stops');
  const airlines = params.getAll('airline');
  const earliest = Number(params.get('depFrom') ?? 0);
  const latest = Number(params.get('depTo') ?? 24);
  return list.filter(
    (f) =>
      (!stops.length || stops.includes(f.stops >= 2 ? '2' : String(f.stops))) &&
      (!airlines.length || airlines.includes(f.airlineCode)) &&
      f.departMinutes >= earliest * 60 &&
      f.departMinutes <= latest * 60,
  );
}

const DEALS = [
  { id: 'bcn', city: 'Barcelona', from: 'LHR', to: 'BCN', price: 97, depart: '2027-01-12', ret: '2027-01-19', dates: 'Jan 12 – Jan 19', note: 'Winter sun' },
  { id: 'lis', city: 'Lisbon', from: 'LGW', to: 'LIS', price: 119, depart: '2027-01-23', ret: '2027-01-27', dates: 'Jan 23 – Jan 27', note: 'Long weekend' },
  { id: 'ams', city: 'Amsterdam', from: 'LCY', to: 'AMS', price: 84, depart: '2027-02-06', ret: '2027-02-08', dates: 'Feb 6 – Feb 8', note: 'City break' },
  { id: 'jfk', city: 'New York', from: 'LHR', to: 'JFK', price: 329, depart: '2027-02-14', ret: '2027-02-21', dates: 'Feb 14 – Feb 21', note: 'Valentine\'s in NYC' },
  { id: 'fco', city: 'Rome', from: 'STN', to: 'FCO', price: 102, depart: '2027-03-03', ret: '2027-03-08', dates: 'Mar 3 – Mar 8', note: 'Early spring' },
  { id: 'dxb', city: 'Dubai', from: 'LHR', to: 'DXB', price: 389, depart: '2027-03-20', ret: '2027-03-28', dates: 'Mar 20 – Mar 28', note: 'Sun guaranteed' },
];

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function json(res, body) {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

export async function handle(req, res, url) {
  if (req.method !== 'GET' || !url.pathname.startsWith('/api/')) return false;
  const p = url.searchParams;
  const from = p.get('from') || 'LHR';
  const to = p.get('to') || 'BCN';
  switch (url.pathname) {
    case '/api/flights': {
      // The first search takes 4 s; a reload with changed filters takes 1 s.
      await delay(p.get('refine') ? 1000 : 4000);
      const list = applyFilters(flights(from, to), p);
      json(res, { total: list.length, flights: list });
      return true;
    }
    case '/api/filters': {
      await delay(1000);
      const list = flights(from, to);
      const count = (test) => list.filter(test).length;
      json(res, {
        stops: [
          { value: '0', label: 'Direct', count: count((f) => f.stops === 0) },
          { value: '1', label: '1 stop', count: count((f) => f.stops === 1) },
          { value: '2', label: '2+ stops', count: count((f) => f.stops >= 2) },
        ],
        airlines: AIRLINES.map((a) => ({ value: a.code, label: a.name, count: count((f) => f.airlineCode === a.code) })),
        departure: { min: 0, max: 24 },
      });
      return true;
    }
    case '/api/deals':
      await delay(1500);
      json(res, { deals: DEALS });
      return true;
    default:
      return false;
  }
}
