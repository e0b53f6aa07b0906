import 'react-day-picker/style.css';
import './styles.css';

import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link, Route, Routes, useNavigate } from 'react-router-dom';
import {
  Popover, PopoverButton, PopoverPanel, Tab, TabGroup, TabList, TabPanel, TabPanels,
} from '@headlessui/react';

import { NOTIFICATIONS } from './data.js';
import { defaultSearch, SearchContext, searchUrl } from './search.js';
import { InboxIcon } from './icons.jsx';
import { SearchPage } from './SearchForm.jsx';
import { ResultsPage } from './Results.jsx';
import { DealsPanel } from './Deals.jsx';
import { PassengersPage } from './Passengers.jsx';

function Notifications() {
  const [unread, setUnread] = useState(NOTIFICATIONS.length);
  return (
    <Popover className="notifications">
      <PopoverButton className="icon-button">
        <InboxIcon className="icon" />
        <span className="sr-only">Notifications</span>
        {unread > 0 && <span className="badge">{unread}</span>}
      </PopoverButton>
      <PopoverPanel anchor="bottom end" className="popover-panel notifications-panel">
        <div className="panel-head">
          <strong>Notifications</strong>
          {unread > 0 && (
            <button type="button" className="link-button" onClick={() => setUnread(0)}>
              Mark all as read
            </button>
          )}
        </div>
        <ul>
          {NOTIFICATIONS.map((n, i) => (
            <li key={n.id} className={i < unread ? 'unread' : ''}>
              <strong>{n.title}</strong>
              <span>{n.text}</span>
            </li>
          ))}
        </ul>
      </PopoverPanel>
    </Popover>
  );
}

function App() {
  const [tab, setTab] = useState(0);
  const [search, setSearch] = useState(defaultSearch);
  const navigate = useNavigate();

  const openDeal = (deal) => {
    const next = { ...search, trip: 'return', from: deal.from, to: deal.to, depart: deal.depart, ret: deal.ret };
    setSearch(next);
    setTab(0);
    navigate(searchUrl(next));
  };

  return (
    <SearchContext.Provider value={{ search, setSearch }}>
      <TabGroup selectedIndex={tab} onChange={setTab} className="app">
        <header className="header">
          <Link to="/" className="logo" onClick={() => setTab(0)}>
            <img src="/favicon.svg" alt="" width="28" height="28" />
            Skyline
          </Link>
          <TabList className="main-tabs">
            <Tab className="main-tab">Flights</Tab>
            <Tab className="main-tab">Deals</Tab>
          </TabList>
          <Notifications />
        </header>
        <TabPanels as="main" className="main">
          <TabPanel unmount={false}>
            <Routes>
              <Route path="/" element={<SearchPage />} />
              <Route path="/results" element={<ResultsPage />} />
              <Route path="/passengers" element={<PassengersPage />} />
              <Route path="*" element={<SearchPage />} />
            </Routes>
          </TabPanel>
          <TabPanel>
            <DealsPanel onOpen={openDeal} />
          </TabPanel>
        </TabPanels>
        <footer className="footer">Skyline compares fares from 6 airlines. Prices include taxes and fees.</footer>
      </TabGroup>
    </SearchContext.Provider>
  );
}

createRoot(document.getElementById('root')).render(
  <BrowserRouter>
    <App />
  </BrowserRouter>,
);
