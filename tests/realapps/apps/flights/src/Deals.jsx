import { useEffect, useState } from 'react';
import { Button } from '@headlessui/react';
import { airportByCode, airportLabel, money } from './data.js';
import { Spinner } from './icons.jsx';

let cached = null; // the deals, once loaded, for the rest of the visit

// Mounted only while the Deals tab is open, so the deals load the first time it is opened.
export function DealsPanel({ onOpen }) {
  const [deals, setDeals] = useState(cached);
  useEffect(() => {
    if (cached) return;
    const controller = new AbortController();
    fetch('/api/deals', { signal: controller.signal })
      .then((r) => r.json())
      .then((data) => {
        cached = data.deals;
        setDeals(data.deals);
      })
      .catch((err) => {
        if (err.name !== 'AbortError') throw err;
      });
    return () => controller.abort();
  }, []);

  return (
    <div className="deals-page">
      <h1>Deals</h1>
      <p className="muted">Hand-picked return fares from London, per person, taxes included.</p>
      {!deals ? (
        <div className="deals-loading">
          <Spinner className="large" />
          <p className="muted">Loading deals...</p>
        </div>
      ) : (
        <ul className="deal-grid">
          {deals.map((d) => (
            <li key={d.id} className={`deal-card deal-${d.id}`}>
              <div className="deal-art" />
              <div className="deal-body">
                <span className="deal-note">{d.note}</span>
                <h2>{d.city}</h2>
                <p className="muted small">
                  {airportLabel(airportByCode(d.from))} to {airportLabel(airportByCode(d.to))}
                </p>
                <p className="small">{d.dates}</p>
                <p>
                  from <span className="price">{money(d.price)}</span> return
                </p>
                <Button className="button primary" onClick={() => onOpen(d)}>
                  View flights
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
