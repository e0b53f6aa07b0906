import { useState } from 'react';
import { useNavigate, useLocation, Navigate, Link as RouterLink } from 'react-router-dom';
import { Box, Typography, TextField, Button, Paper, Alert, Stack, Link } from '@mui/material';
import { useStore } from '../store.jsx';
import { ACCOUNTS, PRODUCTS } from '../data.js';
import { ProductCard } from './Catalogue.jsx';

export function SignIn() {
  const store = useStore();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');

  if (store.user) return <Navigate to="/" replace />;

  function submit(e) {
    e.preventDefault();
    if (!email.trim() || !password) {
      setError('Enter your email and password.');
    } else if (store.signIn(email, password)) {
      navigate(location.state?.from ?? '/', { replace: true });
    } else {
      setError('Incorrect email or password.');
    }
  }

  return (
    <Paper variant="outlined" component="form" noValidate onSubmit={submit} sx={{ maxWidth: 420, mx: 'auto', p: 4 }}>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 700, mb: 2 }}>Sign in</Typography>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{error}</Alert>}
      <Stack spacing={2}>
        <TextField label="Email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <TextField label="Password" type="password" autoComplete="current-password" value={password}
          onChange={(e) => setPassword(e.target.value)} />
        <Button type="submit" variant="contained" size="large">Sign in</Button>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
        New to Brewhouse? You can check out as a guest.
      </Typography>
    </Paper>
  );
}

export function AccountPage() {
  const { user } = useStore();
  if (!user) return <Navigate to="/signin" state={{ from: '/account' }} replace />;
  const account = ACCOUNTS.find((a) => a.email === user.email);
  return (
    <Paper variant="outlined" sx={{ maxWidth: 560, p: 4 }}>
      <Typography variant="h4" component="h1" sx={{ fontWeight: 700, mb: 3 }}>Account</Typography>
      <Stack spacing={1.5}>
        <Typography><strong>Name:</strong> {account.name}</Typography>
        <Typography><strong>Email:</strong> {account.email}</Typography>
        <Typography><strong>Phone:</strong> {account.phone}</Typography>
      </Stack>
      <Link component={RouterLink} to="/orders" sx={{ display: 'inline-block', mt: 3 }}>View my orders</Link>
    </Paper>
  );
}

export function Wishlist() {
  const { wishlist } = useStore();
  const products = PRODUCTS.filter((p) => wishlist.includes(p.slug));
  return (
    <>
      <Typography variant="h4" component="h1" sx={{ fontWeight: 700, mb: 3 }}>Wishlist</Typography>
      {products.length === 0 ? (
        <Box sx={{ py: 6, textAlign: 'center' }}>
          <Typography gutterBottom>Your wishlist is empty</Typography>
          <Link component={RouterLink} to="/">Continue shopping</Link>
        </Box>
      ) : (
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 3 }}>
          {products.map((p) => <ProductCard key={p.slug} product={p} />)}
        </Box>
      )}
    </>
  );
}
