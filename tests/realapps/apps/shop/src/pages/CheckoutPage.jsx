import { useRef, useState } from 'react';
import { Navigate, useNavigate } from 'react-router-dom';
import {
  Box, Typography, TextField, MenuItem, Radio, RadioGroup, FormControlLabel, FormControl, Checkbox,
  Button, Paper, Divider, Stack, Alert,
} from '@mui/material';
import { useStore } from '../store.jsx';
import { COUNTRIES, EXPRESS_FEE, money } from '../data.js';
import { SummaryRow } from './CartPage.jsx';

const FIELDS = {
  email: 'Email', fullName: 'Full name', address1: 'Address line 1', city: 'City', country: 'Country',
  postalCode: 'Postal code', cardNumber: 'Card number', expiry: 'Expiry', cvc: 'CVC',
};

function validate(form) {
  const errors = {};
  for (const [key, label] of Object.entries(FIELDS)) {
    if (!String(form[key] ?? '').trim()) errors[key] = `${label} is required`;
  }
  if (!errors.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) errors.email = 'Enter a valid email address';
  if (!errors.cardNumber && !/^\d{16}$/.test(form.cardNumber.replace(/[\s-]/g, ''))) errors.cardNumber = 'Enter a valid card number';
  if (!errors.expiry) {
    const m = /^(\d{2})\s*\/\s*(\d{2})$/.exec(form.expiry.trim());
    if (!m || Number(m[1]) < 1 || Number(m[1]) > 12) errors.expiry = 'Enter the expiry date as MM/YY';
    else if (Number(m[2]) < 26 || (Number(m[2]) === 26 && Number(m[1]) < 12)) errors.expiry = 'This card has expired';
  }
  if (!errors.cvc && !/^\d{3,4}$/.test(form.cvc.trim())) errors.cvc = 'Enter the 3-digit code on the back of your card';
  return errors;
}

export default function CheckoutPage() {
  const store = useStore();
  const navigate = useNavigate();
  const saved = store.savedDetails ?? {};
  const [form, setForm] = useState({
    email: saved.email ?? store.user?.email ?? '', fullName: saved.fullName ?? store.user?.name ?? '',
    address1: saved.address1 ?? '', address2: saved.address2 ?? '', city: saved.city ?? '', country: saved.country ?? '',
    postalCode: saved.postalCode ?? '', delivery: 'standard', cardNumber: '', expiry: '', cvc: '',
    saveDetails: Boolean(store.savedDetails),
  });
  const [errors, setErrors] = useState({});
  const [submitted, setSubmitted] = useState(false);

  const placed = useRef(false);

  // Placing the order empties the cart: stay put until the confirmation page takes over.
  if (store.cart.length === 0) return placed.current ? null : <Navigate to="/cart" replace />;

  const deliveryFee = form.delivery === 'express' ? EXPRESS_FEE : store.shipping;
  const total = store.subtotal - store.discount + deliveryFee;

  function set(key) {
    return (e) => {
      const value = e.target.type === 'checkbox' ? e.target.checked : e.target.value;
      const next = { ...form, [key]: value };
      setForm(next);
      if (submitted) setErrors(validate(next));
    };
  }

  function field(key, label, props = {}) {
    return (
      <TextField label={label} value={form[key]} onChange={set(key)} error={Boolean(errors[key])}
        helperText={errors[key] ?? props.helperText} required={key in FIELDS} fullWidth size="small" {...props} />
    );
  }

  function placeOrder(e) {
    e.preventDefault();
    setSubmitted(true);
    const found = validate(form);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const { cardNumber, expiry, cvc, delivery, saveDetails, ...details } = form;
    store.setSavedDetails(saveDetails ? details : null);
    placed.current = true;
    const order = store.placeOrder({
      email: form.email.trim(), delivery, deliveryFee,
      address: [form.fullName, form.address1, form.address2, `${form.postalCode} ${form.city}`, form.country].filter(Boolean),
    });
    navigate(`/order/${order.number}`);
  }

  const section = (title, id) => <Typography id={id} variant="h6" sx={{ mt: 3, mb: 1.5 }}>{title}</Typography>;

  return (
    <>
      <Typography variant="h4" component="h1" sx={{ fontWeight: 700, mb: 1 }}>Checkout</Typography>
      <Box component="form" noValidate onSubmit={placeOrder}
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' }, gap: 4, alignItems: 'start' }}>
        <Box>
          {submitted && Object.keys(errors).length > 0 && (
            <Alert severity="error" sx={{ mt: 2 }}>Please check the highlighted fields.</Alert>
          )}
          {section('Contact')}
          {field('email', 'Email', { type: 'email', autoComplete: 'email' })}

          {section('Shipping address')}
          <Stack spacing={2}>
            {field('fullName', 'Full name', { autoComplete: 'name' })}
            {field('address1', 'Address line 1', { autoComplete: 'address-line1' })}
            {field('address2', 'Address line 2 (optional)', { autoComplete: 'address-line2' })}
            <Stack direction="row" spacing={2}>
              {field('city', 'City', { autoComplete: 'address-level2' })}
              {field('country', 'Country', {
                select: true,
                children: COUNTRIES.map((c) => <MenuItem key={c} value={c}>{c}</MenuItem>),
              })}
              {field('postalCode', 'Postal code', { autoComplete: 'postal-code' })}
            </Stack>
          </Stack>

          {section('Delivery method', 'delivery-label')}
          <FormControl>
            <RadioGroup aria-labelledby="delivery-label" value={form.delivery} onChange={set('delivery')}>
              <FormControlLabel value="standard" control={<Radio />}
                label={`Standard (3–5 business days) – ${store.shipping === 0 ? 'free' : money(store.shipping)}`} />
              <FormControlLabel value="express" control={<Radio />}
                label={`Express (next business day) – ${money(EXPRESS_FEE)}`} />
            </RadioGroup>
          </FormControl>

          {section('Payment')}
          <Stack spacing={2}>
            {field('cardNumber', 'Card number', { inputMode: 'numeric', autoComplete: 'cc-number', placeholder: '1234 5678 9012 3456' })}
            <Stack direction="row" spacing={2}>
              {field('expiry', 'Expiry (MM/YY)', { autoComplete: 'cc-exp', placeholder: 'MM/YY' })}
              {field('cvc', 'CVC', { autoComplete: 'cc-csc', inputMode: 'numeric' })}
            </Stack>
          </Stack>
          <FormControlLabel sx={{ mt: 2 }} label="Save my details for next time"
            control={<Checkbox checked={form.saveDetails} onChange={set('saveDetails')} />} />
        </Box>

        <Paper variant="outlined" sx={{ p: 3, mt: 3, position: 'sticky', top: 88 }}>
          <Typography variant="h6" sx={{ mb: 1 }}>Your order</Typography>
          {store.cart.map(({ slug, qty, product }) => (
            <SummaryRow key={slug} label={`${product.name} × ${qty}`} value={money(qty * product.price)} />
          ))}
          <Divider sx={{ my: 1.5 }} />
          <SummaryRow label="Subtotal" value={money(store.subtotal)} />
          {store.discount > 0 && <SummaryRow label={`Promo ${store.promo}`} value={`-${money(store.discount)}`} color="success.main" />}
          <SummaryRow label="Delivery" value={deliveryFee === 0 ? 'Free' : money(deliveryFee)} />
          <Divider sx={{ my: 1.5 }} />
          <SummaryRow label="Total" value={money(total)} bold />
          <Button type="submit" variant="contained" size="large" fullWidth sx={{ mt: 2 }}>Place order</Button>
        </Paper>
      </Box>
    </>
  );
}
