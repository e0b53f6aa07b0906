import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  Button, CloseButton, Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Field, Input, Label, Listbox,
  ListboxButton, ListboxOption, ListboxOptions, Popover, PopoverButton, PopoverPanel, Radio, RadioGroup,
} from '@headlessui/react';
import { DayPicker } from 'react-day-picker';

import { addDays, AIRPORTS, airportByCode, airportLabel, CABINS, isoDate, parseIso, passengersText, showDate, TODAY } from './data.js';
import { useSearch, searchUrl } from './search.js';
import { CheckIcon, ChevronUpDownIcon } from './icons.jsx';

function AirportField({ label, value, onChange, error }) {
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const matches = q
    ? AIRPORTS.filter((a) => a.name.toLowerCase().includes(q) || a.code.toLowerCase().startsWith(q))
    : AIRPORTS;
  return (
    <Field className="field airport-field">
      <Label className="label">{label}</Label>
      <Combobox value={airportByCode(value)} onChange={(a) => onChange(a ? a.code : null)} onClose={() => setQuery('')}>
        <ComboboxInput
          className={`input ${error ? 'invalid' : ''}`}
          displayValue={airportLabel}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="City or airport"
          autoComplete="off"
        />
        <ComboboxOptions anchor="bottom start" className="options">
          {matches.length === 0 && <div className="option muted">No airports match "{query}"</div>}
          {matches.map((a) => (
            <ComboboxOption key={a.code} value={a} className="option">
              {airportLabel(a)}
            </ComboboxOption>
          ))}
        </ComboboxOptions>
      </Combobox>
      {error && <p className="error">{error}</p>}
    </Field>
  );
}

function DateField({ label, value, onChange, min }) {
  const date = parseIso(value);
  return (
    <Field className="field">
      <Label className="label">{label}</Label>
      <Popover className="date-popover">
        <PopoverButton as={Input} readOnly value={showDate(date)} className="input date-input" />
        <PopoverPanel anchor="bottom start" className="popover-panel calendar">
          {({ close }) => (
            <DayPicker
              mode="single"
              required
              selected={date}
              defaultMonth={date || min}
              today={TODAY}
              disabled={{ before: min }}
              startMonth={TODAY}
              onSelect={(d) => {
                onChange(isoDate(d));
                close();
              }}
            />
          )}
        </PopoverPanel>
      </Popover>
    </Field>
  );
}

function Counter({ label, hint, value, min, max, onChange }) {
  return (
    <div className="counter">
      <div>
        <div className="counter-label">{label}</div>
        <div className="muted small">{hint}</div>
      </div>
      <div className="counter-controls">
        <Button className="round-button" disabled={value <= min} onClick={() => onChange(value - 1)}>
          -
        </Button>
        <span className="counter-value">{value}</span>
        <Button className="round-button" disabled={value >= max} onClick={() => onChange(value + 1)}>
          +
        </Button>
      </div>
    </div>
  );
}

function PassengersField({ adults, children, onChange }) {
  return (
    <Field className="field">
      <Label className="label">Passengers</Label>
      <Popover className="passengers-popover">
        <PopoverButton as={Input} readOnly value={passengersText({ adults, children })} className="input" />
        <PopoverPanel anchor="bottom start" className="popover-panel passengers-panel">
          <Counter label="Adults" hint="Age 12+" value={adults} min={1} max={9} onChange={(n) => onChange({ adults: n })} />
          <Counter label="Children" hint="Age 2-11" value={children} min={0} max={8} onChange={(n) => onChange({ children: n })} />
          <CloseButton className="button small-button">Done</CloseButton>
        </PopoverPanel>
      </Popover>
    </Field>
  );
}

export function SearchForm() {
  const { search, setSearch } = useSearch();
  const [form, setForm] = useState(search);
  const [errors, setErrors] = useState({});
  const navigate = useNavigate();
  const update = (changes) => setForm((f) => ({ ...f, ...changes }));

  const submit = (event) => {
    event.preventDefault();
    const e = {};
    if (!form.from) e.from = 'Choose where you are flying from';
    if (!form.to) e.to = 'Choose where you are flying to';
    else if (form.to === form.from) e.to = 'Choose a different destination';
    setErrors(e);
    if (Object.keys(e).length) return;
    setSearch(form);
    navigate(searchUrl(form));
  };

  return (
    <form className="search-card" onSubmit={submit} noValidate>
      <RadioGroup value={form.trip} onChange={(trip) => update({ trip })} className="trip-toggle" aria-label="Trip type">
        {[['return', 'Return'], ['one-way', 'One-way']].map(([value, text]) => (
          <Field key={value} className="trip-option-field">
            <Radio value={value} className="trip-option">
              <Label className="trip-option-label">{text}</Label>
            </Radio>
          </Field>
        ))}
      </RadioGroup>
      <div className="search-grid">
        <AirportField label="From" value={form.from} error={errors.from} onChange={(from) => (update({ from }), setErrors((e) => ({ ...e, from: null })))} />
        <AirportField label="To" value={form.to} error={errors.to} onChange={(to) => (update({ to }), setErrors((e) => ({ ...e, to: null })))} />
        <DateField
          label="Depart"
          value={form.depart}
          min={TODAY}
          onChange={(depart) => update({ depart, ret: form.ret < depart ? isoDate(addDays(parseIso(depart), 7)) : form.ret })}
        />
        {form.trip === 'return' && (
          <DateField label="Return" value={form.ret} min={parseIso(form.depart)} onChange={(ret) => update({ ret })} />
        )}
        <PassengersField adults={form.adults} children={form.children} onChange={update} />
        <Field className="field">
          <Label className="label">Cabin class</Label>
          <Listbox value={form.cabin} onChange={(cabin) => update({ cabin })}>
            <ListboxButton className="input listbox-button">
              {form.cabin}
              <ChevronUpDownIcon className="icon-small" />
            </ListboxButton>
            <ListboxOptions anchor="bottom start" className="options">
              {CABINS.map((c) => (
                <ListboxOption key={c} value={c} className="option">
                  <CheckIcon className="icon-small check" />
                  {c}
                </ListboxOption>
              ))}
            </ListboxOptions>
          </Listbox>
        </Field>
      </div>
      <div className="search-actions">
        <Button type="submit" className="button primary large">
          Search flights
        </Button>
      </div>
    </form>
  );
}

export function SearchPage() {
  return (
    <div className="search-page">
      <section className="hero">
        <h1>Where to next?</h1>
        <p>Compare fares from 6 airlines and book in minutes.</p>
      </section>
      <SearchForm />
    </div>
  );
}
