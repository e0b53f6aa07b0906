import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { Button, Field, Fieldset, Input, Label, Legend } from '@headlessui/react';
import { airportByCode, airportLabel, FARES, money, parseIso, showDate } from './data.js';

export function PassengersPage() {
  const { state } = useLocation();
  const [done, setDone] = useState(false);
  const [errors, setErrors] = useState({});
  if (!state?.flight) {
    return (
      <div className="narrow">
        <h1>Passenger details</h1>
        <p>Your fare hold has ended. <Link to="/">Search flights</Link> to start again.</p>
      </div>
    );
  }
  const { flight, fare, search } = state;
  const chosen = FARES.find((f) => f.id === fare);
  const people = [
    ...Array.from({ length: search.adults }, (_, i) => `Adult ${i + 1}`),
    ...Array.from({ length: search.children }, (_, i) => `Child ${i + 1}`),
  ];

  const submit = (event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const e = {};
    for (const [name, value] of data) if (!String(value).trim()) e[name] = true;
    setErrors(e);
    if (!Object.keys(e).length) setDone(true);
  };

  return (
    <div className="narrow">
      <h1>Passenger details</h1>
      <div className="card">
        <strong>
          {airportLabel(airportByCode(flight.from))} to {airportLabel(airportByCode(flight.to))}
        </strong>
        <p className="muted small">
          {showDate(parseIso(search.depart))} · {flight.departs} – {flight.arrives} · {flight.airline} · {chosen.name} fare ·{' '}
          {money(flight.price + chosen.extra)} per person
        </p>
      </div>
      {done ? (
        <div className="card success">Thanks! Your seats are held. We've sent the payment link to your email.</div>
      ) : (
        <form onSubmit={submit} noValidate>
          {people.map((who, i) => (
            <Fieldset key={who} className="card">
              <Legend className="filter-title">{who}</Legend>
              <div className="two-cols">
                <Field className="field">
                  <Label className="label">First name</Label>
                  <Input name={`first-${i}`} className={`input ${errors[`first-${i}`] ? 'invalid' : ''}`} />
                  {errors[`first-${i}`] && <p className="error">Enter a first name</p>}
                </Field>
                <Field className="field">
                  <Label className="label">Last name</Label>
                  <Input name={`last-${i}`} className={`input ${errors[`last-${i}`] ? 'invalid' : ''}`} />
                  {errors[`last-${i}`] && <p className="error">Enter a last name</p>}
                </Field>
              </div>
            </Fieldset>
          ))}
          <Button type="submit" className="button primary large">
            Continue to payment
          </Button>
        </form>
      )}
    </div>
  );
}
