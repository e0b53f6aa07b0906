// "Today" for Skyline: dates in the search form start from here.
export const TODAY = new Date(2026, 11, 6);

export const AIRPORTS = [
  { code: 'LHR', name: 'London Heathrow' },
  { code: 'LGW', name: 'London Gatwick' },
  { code: 'LCY', name: 'London City' },
  { code: 'STN', name: 'London Stansted' },
  { code: 'LTN', name: 'London Luton' },
  { code: 'MAN', name: 'Manchester' },
  { code: 'EDI', name: 'Edinburgh' },
  { code: 'DUB', name: 'Dublin' },
  { code: 'AMS', name: 'Amsterdam Schiphol' },
  { code: 'CDG', name: 'Paris Charles de Gaulle' },
  { code: 'BCN', name: 'Barcelona' },
  { code: 'MAD', name: 'Madrid' },
  { code: 'LIS', name: 'Lisbon' },
  { code: 'FCO', name: 'Rome Fiumicino' },
  { code: 'BER', name: 'Berlin Brandenburg' },
  { code: 'JFK', name: 'New York JFK' },
  { code: 'DXB', name: 'Dubai' },
];
export const airportLabel = (a) => (a ? `${a.name} (${a.code})` : '');
export const airportByCode = (code) => AIRPORTS.find((a) => a.code === code) || null;

export const CABINS = ['Economy', 'Premium economy', 'Business', 'First'];

export const NOTIFICATIONS = [
  { id: 1, title: 'Price drop', text: 'London to Barcelona is now from $97.' },
  { id: 2, title: 'Check-in opens soon', text: 'Your Lisbon trip on Dec 12: check in from Dec 10.' },
  { id: 3, title: 'New route', text: 'Northstar now flies London City to Amsterdam.' },
];

export const FARES = [
  { id: 'basic', name: 'Basic', extra: 0, perks: ['Personal item only', 'Seat assigned at check-in', 'No changes'] },
  { id: 'standard', name: 'Standard', extra: 30, perks: ['Cabin bag and personal item', 'Choose your seat', 'Change for a fee'] },
  { id: 'flex', name: 'Flex', extra: 90, perks: ['Cabin bag and 23 kg checked bag', 'Choose your seat', 'Free changes and refunds'] },
];

const pad = (n) => String(n).padStart(2, '0');
export const isoDate = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
export const parseIso = (s) => {
  const [y, m, d] = (s || '').split('-').map(Number);
  return y ? new Date(y, m - 1, d) : null;
};
export const addDays = (d, n) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
const shortDate = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric' });
export const showDate = (d) => (d ? shortDate.format(d) : '');

export const duration = (minutes) => `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`.replace(' 0', ' ');
export const stopsText = (n) => (n === 0 ? 'Direct' : n === 1 ? '1 stop' : `${n} stops`);
export const money = (n) => `$${n.toLocaleString('en-US')}`;

export function passengersText({ adults, children }) {
  const parts = [`${adults} ${adults === 1 ? 'adult' : 'adults'}`];
  if (children) parts.push(`${children} ${children === 1 ? 'child' : 'children'}`);
  return parts.join(', ');
}
