import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import {
  Button, Checkbox, CloseButton, Dialog, DialogBackdrop, DialogPanel, DialogTitle, Field, Fieldset, Input, Label,
  Legend, Radio, RadioGroup, Tab, TabGroup, TabList, Transition,
} from '@headlessui/react';

import { airportByCode, airportLabel, duration, FARES, money, parseIso, passengersText, showDate, stopsText } from './data.js';
import { searchFromParams, useSearch } from './search.js';
import { BellIcon, BellSolidIcon, CheckIcon, XMarkIcon, ArrowRightIcon, Spinner } from './icons.jsx';

const NO_FILTERS = { stops: [], airlines: [], depFrom: 0, depTo: 24 };
const SORTS = ['Best', 'Cheapest', 'Fastest'];
const PAGE = 10;
const hour = (h) => `${String(h).padStart(2, '0')}:00`;

function query(search, filters, refine) {
  const p = new URLSearchParams({ from: search.from, to: search.to, depart: search.depart });
  if (refine) {
    p.set('refine', '1');
    filters.stops.forEach((s) => p.append('stops', s));
    filters.airlines.forEach((a) => p.append('airline', a));
    p.set('depFrom', filters.depFrom);
    p.set('depTo', filters.depTo);
  }
  return p;
}

function CheckField({ label, count, checked, onChange }) {
  return (
    <Field className="check-field">
      <Checkbox checked={checked} onChange={onChange} className="checkbox">
        <CheckIcon className="checkbox-tick" />
      </Checkbox>
      <Label className="check-label">{label}</Label>
      <span className="muted small">{count}</span>
    </Field>
  );
}

function Filters({ options, filters, onChange }) {
  if (!options) {
    return (
      <aside className="filters loading-filters">
        <Spinner className="small" /> Loading filters...
      </aside>
    );
  }
  const toggle = (key, value) => {
    const list = filters[key];
    onChange({ ...filters, [key]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value] });
  };
  return (
    <aside className="filters">
      <Fieldset className="filter-group">
        <Legend className="filter-title">Stops</Legend>
        {options.stops.map((o) => (
          <CheckField key={o.value} label={o.label} count={o.count} checked={filters.stops.includes(o.value)} onChange={() => toggle('stops', o.value)} />
        ))}
      </Fieldset>
      <Fieldset className="filter-group">
        <Legend className="filter-title">Airlines</Legend>
        {options.airlines.map((o) => (
          <CheckField key={o.value} label={o.label} count={o.count} checked={filters.airlines.includes(o.value)} onChange={() => toggle('airlines', o.value)} />
        ))}
      </Fieldset>
      <Fieldset className="filter-group">
        <Legend className="filter-title">Departure time</Legend>
        <p className="small">
          {hour(filters.depFrom)} – {hour(filters.depTo)}
        </p>
        <div className="dual-range">
          <Field>
            <Label className="sr-only">Earliest departure</Label>
            <Input
              type="range" min={options.departure.min} max={options.departure.max} step={1} value={filters.depFrom}
              onChange={(e) => onChange({ ...filters, depFrom: Math.min(Number(e.target.value), filters.depTo - 1) })}
            />
          </Field>
          <Field>
            <Label className="sr-only">Latest departure</Label>
            <Input
              type="range" min={options.departure.min} max={options.departure.max} step={1} value={filters.depTo}
              onChange={(e) => onChange({ ...filters, depTo: Math.max(Number(e.target.value), filters.depFrom + 1) })}
            />
          </Field>
        </div>
      </Fieldset>
    </aside>
  );
}

function FlightCard({ flight, onSelect }) {
  return (
    <li className="flight-card">
      <img className="airline-logo" src={`/logos/${flight.airlineCode}.svg`} alt={flight.airline} width="40" height="40" />
      <div className="flight-main">
        <div className="times">
          {flight.departs} – {flight.arrives}
          {flight.nextDay && <sup>+1</sup>}
        </div>
        <div className="muted small">
          {flight.airline} · {flight.flightNumber}
        </div>
      </div>
      <div className="flight-duration">
        <div>{duration(flight.duration)}</div>
        <div className="muted small">
          {flight.from} – {flight.to}
        </div>
      </div>
      <div className="flight-stops">
        <div className={flight.stops === 0 ? 'direct' : ''}>{stopsText(flight.stops)}</div>
        {flight.via.length > 0 && <div className="muted small">via {flight.via.join(', ')}</div>}
      </div>
      <div className="flight-price">
        <div className="price">{money(flight.price)}</div>
        <div className="muted small">per person</div>
      </div>
      <Button className="button primary" onClick={() => onSelect(flight)}>
        Select
      </Button>
    </li>
  );
}

function Countdown() {
  const [left, setLeft] = useState(14 * 60 + 59);
  useEffect(() => {
    const timer = setInterval(() => setLeft((s) => Math.max(0, s - 1)), 1000);
    return () => clearInterval(timer);
  }, []);
  if (left === 0) return <div className="hold expired">Price hold expired: search again for current prices</div>;
  return (
    <div className="hold">
      Prices held for {Math.floor(left / 60)}:{String(left % 60).padStart(2, '0')}
    </div>
  );
}

function FarePanel({ flight, search, onClose }) {
  const [fare, setFare] = useState('standard');
  const navigate = useNavigate();
  const travellers = search.adults + search.children;
  return (
    <Dialog open={Boolean(flight)} onClose={onClose} className="dialog">
      <DialogBackdrop transition className="backdrop" />
      <div className="slide-over-wrap">
        {flight && (
          <DialogPanel transition className="slide-over">
            <Countdown />
            <div className="slide-over-head">
              <DialogTitle className="slide-over-title">Choose your fare</DialogTitle>
              <CloseButton className="icon-button">
                <XMarkIcon className="icon" />
                <span className="sr-only">Close</span>
              </CloseButton>
            </div>
            <div className="fare-flight">
              <img src={`/logos/${flight.airlineCode}.svg`} alt={flight.airline} width="32" height="32" />
              <div>
                <strong>
                  {flight.departs} – {flight.arrives}
                </strong>{' '}
                · {airportLabel(airportByCode(flight.from))} to {airportLabel(airportByCode(flight.to))}
                <div className="muted small">
                  {flight.airline} · {duration(flight.duration)} · {stopsText(flight.stops)} · {showDate(parseIso(search.depart))}
                </div>
              </div>
            </div>
            <RadioGroup value={fare} onChange={setFare} className="fares" aria-label="Fare">
              {FARES.map((f) => (
                <Field key={f.id}>
                  <Radio as="div" value={f.id} className="fare">
                    <div className="fare-head">
                      <Label className="fare-name">{f.name}</Label>
                      <span className="fare-price">{money(flight.price + f.extra)}</span>
                    </div>
                    <ul className="fare-perks">
                      {f.perks.map((p) => (
                        <li key={p}>{p}</li>
                      ))}
                    </ul>
                  </Radio>
                </Field>
              ))}
            </RadioGroup>
            <p className="muted small">
              Total for {passengersText(search)}: {money((flight.price + FARES.find((f) => f.id === fare).extra) * travellers)}
            </p>
            <Button
              className="button primary large wide"
              onClick={() => navigate('/passengers', { state: { flight, fare, search } })}
            >
              Continue to passenger details
            </Button>
          </DialogPanel>
        )}
      </div>
    </Dialog>
  );
}

export function ResultsPage() {
  const [params] = useSearchParams();
  const key = params.toString();
  const search = searchFromParams(params);
  const { setSearch } = useSearch();

  const [searching, setSearching] = useState(true);
  const [flights, setFlights] = useState([]);
  const [options, setOptions] = useState(null);
  const [filters, setFilters] = useState(NO_FILTERS);
  const [reloading, setReloading] = useState(false);
  const [sort, setSort] = useState(0);
  const [shown, setShown] = useState(PAGE);
  const [alertOn, setAlertOn] = useState(false);
  const [toast, setToast] = useState({ open: false, text: '' });
  const [selected, setSelected] = useState(null);
  const reload = useRef({ timer: null, controller: null });
  const toastTimer = useRef(null);

  // A new search: 4 s behind the overlay, then the filters load a second later.
  useEffect(() => {
    const controller = new AbortController();
    setSearch(search);
    setSearching(true);
    setOptions(null);
    setFilters(NO_FILTERS);
    setSort(0);
    setShown(PAGE);
    setAlertOn(false);
    (async () => {
      try {
        const found = await (await fetch(`/api/flights?${query(search)}`, { signal: controller.signal })).json();
        setFlights(found.flights);
        setSearching(false);
        const opts = await (await fetch(`/api/filters?${query(search)}`, { signal: controller.signal })).json();
        setOptions(opts);
      } catch (err) {
        if (err.name !== 'AbortError') throw err;
      }
    })();
    return () => controller.abort();
  }, [key]);

  const changeFilters = (next) => {
    setFilters(next);
    setReloading(true);
    const r = reload.current;
    clearTimeout(r.timer);
    r.controller?.abort();
    r.timer = setTimeout(async () => {
      r.controller = new AbortController();
      try {
        const found = await (await fetch(`/api/flights?${query(search, next, true)}`, { signal: r.controller.signal })).json();
        setFlights(found.flights);
        setShown(PAGE);
        setReloading(false);
      } catch (err) {
        if (err.name !== 'AbortError') throw err;
      }
    }, 200);
  };

  const toggleAlert = () => {
    const on = !alertOn;
    setAlertOn(on);
    setToast({ open: true, text: on ? 'Price alert created' : 'Price alert removed' });
    clearTimeout(toastTimer.current);
    toastTimer.current = setTimeout(() => setToast((t) => ({ ...t, open: false })), 3000);
  };
  useEffect(() => () => clearTimeout(toastTimer.current), []);

  const sorted =
    sort === 0
      ? flights
      : [...flights].sort((a, b) => (sort === 1 ? a.price - b.price : a.duration - b.duration) || a.score - b.score);
  const from = airportByCode(search.from);
  const to = airportByCode(search.to);

  return (
    <div className="results-page">
      {searching && (
        <div className="overlay">
          <div className="overlay-box">
            <Spinner className="large" />
            <p className="overlay-title">Finding the best fares...</p>
            <p className="muted">
              {airportLabel(from)} to {airportLabel(to)}
            </p>
          </div>
        </div>
      )}

      <section className="summary-bar">
        <div>
          <strong>
            {airportLabel(from)} <ArrowRightIcon className="icon-small inline" /> {airportLabel(to)}
          </strong>
          <div className="muted small">
            {showDate(parseIso(search.depart))}
            {search.trip === 'return' ? ` – ${showDate(parseIso(search.ret))}` : ' · One-way'} · {passengersText(search)} · {search.cabin}
          </div>
        </div>
        <Link to="/" className="button">
          Change search
        </Link>
      </section>

      {!searching && (
        <div className="results-layout">
          <Filters options={options} filters={filters} onChange={changeFilters} />
          <section className="results">
            <div className="results-head">
              <h2>{flights.length === 1 ? '1 flight found' : `${flights.length} flights found`}</h2>
              <Button className={`icon-button alert-bell ${alertOn ? 'on' : ''}`} onClick={toggleAlert}>
                {alertOn ? <BellSolidIcon className="icon" /> : <BellIcon className="icon" />}
                <span className="sr-only">Price alert</span>
              </Button>
            </div>
            <TabGroup selectedIndex={sort} onChange={setSort}>
              <TabList className="sort-bar">
                {SORTS.map((s) => (
                  <Tab key={s} className="sort-tab">
                    {s}
                  </Tab>
                ))}
              </TabList>
            </TabGroup>
            <div className={`flight-list ${reloading ? 'reloading' : ''}`} aria-busy={reloading}>
              {flights.length === 0 && !reloading ? (
                <div className="empty">
                  <p className="empty-title">No flights match your filters</p>
                  <Button className="button" onClick={() => changeFilters(NO_FILTERS)}>
                    Clear all filters
                  </Button>
                </div>
              ) : (
                <ul>
                  {sorted.slice(0, shown).map((f) => (
                    <FlightCard key={f.id} flight={f} onSelect={setSelected} />
                  ))}
                </ul>
              )}
              {shown < sorted.length && (
                <Button className="button wide" onClick={() => setShown((n) => n + PAGE)}>
                  Show 10 more flights
                </Button>
              )}
            </div>
          </section>
        </div>
      )}

      <Transition show={toast.open}>
        <div className="toast transition" role="status">
          {toast.text}
        </div>
      </Transition>
      <FarePanel flight={selected} search={search} onClose={() => setSelected(null)} />
    </div>
  );
}
