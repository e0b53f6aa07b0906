import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import {
  Box, Typography, Table, TableHead, TableRow, TableCell, TableBody, IconButton, Paper, Stack, TextField, Button,
  Divider, Link,
} from '@mui/material';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { useStore } from '../store.jsx';
import { money } from '../data.js';
import { QuantityStepper } from './ProductPage.jsx';

export function SummaryRow({ label, value, color, bold }) {
  return (
    <Stack direction="row" sx={{ justifyContent: 'space-between', py: 0.5 }}>
      <Typography color={color} sx={{ fontWeight: bold ? 700 : 400 }}>{label}</Typography>
      <Typography color={color} sx={{ fontWeight: bold ? 700 : 400 }}>{value}</Typography>
    </Stack>
  );
}

export default function CartPage() {
  const store = useStore();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState('');

  if (store.cart.length === 0) {
    return (
      <Box sx={{ py: 8, textAlign: 'center' }}>
        <Typography variant="h5" gutterBottom>Your cart is empty</Typography>
        <Link component={RouterLink} to="/">Continue shopping</Link>
      </Box>
    );
  }

  function apply() {
    if (store.applyPromo(code)) {
      setCodeError('');
      setCode('');
    } else {
      setCodeError('This code is not valid');
    }
  }

  return (
    <>
      <Typography variant="h4" component="h1" sx={{ fontWeight: 700, mb: 3 }}>Your cart</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' }, gap: 4, alignItems: 'start' }}>
        <Paper variant="outlined">
          <Table>
            <TableHead>
              <TableRow>
                <TableCell colSpan={2}>Product</TableCell>
                <TableCell>Price</TableCell>
                <TableCell>Quantity</TableCell>
                <TableCell align="right">Total</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {store.cart.map(({ slug, qty, product }) => (
                <TableRow key={slug}>
                  <TableCell sx={{ width: 80 }}>
                    <Box component="img" src={product.image} alt={product.name} sx={{ width: 64, borderRadius: 1, display: 'block' }} />
                  </TableCell>
                  <TableCell>
                    <Link component={RouterLink} to={`/product/${slug}`} color="inherit" underline="hover">{product.name}</Link>
                  </TableCell>
                  <TableCell>{money(product.price)}</TableCell>
                  <TableCell><QuantityStepper value={qty} onChange={(q) => store.setQty(slug, q)} /></TableCell>
                  <TableCell align="right">{money(qty * product.price)}</TableCell>
                  <TableCell align="right">
                    <IconButton onClick={() => store.removeFromCart(slug)}><DeleteOutlineIcon /></IconButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>

        <Paper variant="outlined" sx={{ p: 3 }}>
          <Typography variant="h6" sx={{ mb: 1 }}>Order summary</Typography>
          <SummaryRow label="Subtotal" value={money(store.subtotal)} />
          <SummaryRow label="Shipping" value={store.shipping === 0 ? 'Free' : money(store.shipping)} />
          {store.shipping > 0 && (
            <Typography variant="caption" color="text.secondary">Free shipping on orders over $50</Typography>
          )}
          <Stack direction="row" spacing={1} sx={{ my: 2, alignItems: 'flex-start' }}>
            <TextField label="Promo code" size="small" value={code} error={Boolean(codeError)} helperText={codeError}
              onChange={(e) => { setCode(e.target.value); setCodeError(''); }}
              onKeyDown={(e) => { if (e.key === 'Enter') apply(); }} sx={{ flex: 1 }} />
            <Button variant="outlined" onClick={apply} disabled={!code.trim()} sx={{ height: 40 }}>Apply</Button>
          </Stack>
          {store.discount > 0 && (
            <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
              <Typography color="success.main">{store.promo} applied: -{money(store.discount)}</Typography>
              <Button size="small" onClick={store.removePromo}>Remove</Button>
            </Stack>
          )}
          <Divider sx={{ my: 1.5 }} />
          <SummaryRow label="Total" value={money(store.total)} bold />
          <Button variant="contained" size="large" fullWidth sx={{ mt: 2 }} onClick={() => navigate('/checkout')}>
            Proceed to checkout
          </Button>
          <Box sx={{ textAlign: 'center', mt: 1.5 }}>
            <Link component={RouterLink} to="/" variant="body2">Continue shopping</Link>
          </Box>
        </Paper>
      </Box>
    </>
  );
}
