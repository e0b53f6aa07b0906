import { createContext, useContext } from 'react';
import { addDays, isoDate, TODAY } from './data.js';

export const defaultSearch = {
  trip: 'return',
  from: null,
  to: null,
  depart: isoDate(addDays(TODAY, 14)),
  ret: isoDate(addDays(TODAY, 21)),
  adults: 1,
  children: 0,
  cabin: 'Economy',
};

export const SearchContext = createContext(null);
export const useSearch = () => useContext(SearchContext);

export function searchUrl(s) {
  const p = new URLSearchParams({ from: s.from, to: s.to, depart: s.depart, adults: s.adults, children: s.children, cabin: s.cabin });
  if (s.trip === 'return') p.set('return', s.ret);
  return `/results?${p}`;
}

// The search a results URL stands for.
export function searchFromParams(p) {
  return {
    trip: p.get('return') ? 'return' : 'one-way',
    from: p.get('from'),
    to: p.get('to'),
    depart: p.get('depart') || defaultSearch.depart,
    ret: p.get('return') || defaultSearch.ret,
    adults: Number(p.get('adults') || 1),
    children: Number(p.get('children') || 0),
    cabin: p.get('cabin') || 'Economy',
  };
}
