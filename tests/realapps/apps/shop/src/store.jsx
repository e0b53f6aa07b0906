import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import {
  ACCOUNTS, PAST_ORDERS, FIRST_ORDER_NUMBER, PROMO_CODES, FREE_SHIPPING_OVER, SHIPPING_FEE, productBySlug,
} from './data.js';

const StoreContext = createContext(null);

function usePersistent(key, initial) {
  const [value, setValue] = useState(() => {
    try {
      const saved = localStorage.getItem(key);
      return saved ? JSON.parse(saved) : initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => { localStorage.setItem(key, JSON.stringify(value)); }, [key, value]);
  return [value, setValue];
}

export function roundCents(n) {
  return Math.round(n * 100) / 100;
}

export function StoreProvider({ children }) {
  const [cart, setCart] = usePersistent('brewhouse.cart', []); // [{ slug, qty }]
  const [promo, setPromo] = usePersistent('brewhouse.promo', null);
  const [user, setUser] = usePersistent('brewhouse.user', null);
  const [wishlist, setWishlist] = usePersistent('brewhouse.wishlist', []);
  const [orders, setOrders] = usePersistent('brewhouse.orders', []);
  const [nextOrder, setNextOrder] = usePersistent('brewhouse.nextOrder', FIRST_ORDER_NUMBER);
  const [savedDetails, setSavedDetails] = usePersistent('brewhouse.details', null);
  const [search, setSearch] = useState('');
  const [toast, setToast] = useState(null);

  const lines = cart
    .map((line) => ({ ...line, product: productBySlug(line.slug) }))
    .filter((line) => line.product);
  const count = lines.reduce((n, l) => n + l.qty, 0);
  const subtotal = roundCents(lines.reduce((n, l) => n + l.qty * l.product.price, 0));
  const discount = promo && PROMO_CODES[promo] ? roundCents(subtotal * PROMO_CODES[promo]) : 0;
  const shipping = subtotal > FREE_SHIPPING_OVER || subtotal === 0 ? 0 : SHIPPING_FEE;

  const api = useMemo(() => ({
    addToCart(slug, qty = 1) {
      setCart((c) => (c.some((l) => l.slug === slug)
        ? c.map((l) => (l.slug === slug ? { ...l, qty: l.qty + qty } : l))
        : [...c, { slug, qty }]));
    },
    setQty(slug, qty) {
      setCart((c) => c.map((l) => (l.slug === slug ? { ...l, qty: Math.max(1, qty) } : l)));
    },
    removeFromCart(slug) {
      setCart((c) => c.filter((l) => l.slug !== slug));
    },
    applyPromo(code) {
      const normalized = code.trim().toUpperCase();
      if (!PROMO_CODES[normalized]) return false;
      setPromo(normalized);
      return true;
    },
    removePromo() { setPromo(null); },
    signIn(email, password) {
      const account = ACCOUNTS.find((a) => a.email === email.trim().toLowerCase() && a.password === password);
      if (!account) return false;
      setUser({ email: account.email, name: account.name });
      return true;
    },
    signOut() { setUser(null); },
    toggleWishlist(slug) {
      setWishlist((w) => (w.includes(slug) ? w.filter((s) => s !== slug) : [...w, slug]));
    },
    setSearch,
    notify(message) { setToast((t) => ({ message, key: (t?.key ?? 0) + 1 })); },
    closeToast() { setToast(null); },
    setSavedDetails,
  }), []);

  function placeOrder({ email, delivery, deliveryFee, address }) {
    const number = `BH-${nextOrder}`;
    const order = {
      number, date: '2026-12-06', status: 'Processing', email, delivery, address, user: user?.email ?? null,
      items: lines.map((l) => ({ slug: l.slug, qty: l.qty, price: l.product.price })),
      subtotal, discount, deliveryFee, total: roundCents(subtotal - discount + deliveryFee),
    };
    setOrders((o) => [order, ...o]);
    setNextOrder((n) => n + 1);
    setCart([]);
    setPromo(null);
    return order;
  }

  const myOrders = user ? [...orders.filter((o) => o.user === user.email), ...(PAST_ORDERS[user.email] ?? [])] : [];

  const value = {
    ...api, cart: lines, count, subtotal, discount, shipping, promo, user, wishlist, orders, myOrders, search,
    savedDetails, placeOrder, toast,
    total: roundCents(subtotal - discount + shipping),
    findOrder: (number) => orders.find((o) => o.number === number)
      ?? Object.values(PAST_ORDERS).flat().find((o) => o.number === number && user),
  };
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

export function useStore() {
  return useContext(StoreContext);
}
