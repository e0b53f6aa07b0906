import { useParams, Link as RouterLink, Navigate } from 'react-router-dom';
import {
  Box, Typography, Paper, Table, TableHead, TableRow, TableCell, TableBody, Chip, Link, Button, Divider,
} from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { useStore } from '../store.jsx';
import { productBySlug, money } from '../data.js';
import { SummaryRow } from './CartPage.jsx';

function formatDate(iso) {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
}

export function OrderConfirmation() {
  const { number } = useParams();
  const { findOrder } = useStore();
  const order = findOrder(number);
  if (!order) {
    return (
      <Box sx={{ py: 8, textAlign: 'center' }}>
        <Typography variant="h5" gutterBottom>Order not found</Typography>
        <Link component={RouterLink} to="/">Back to the shop</Link>
      </Box>
    );
  }
  return (
    <Paper variant="outlined" sx={{ maxWidth: 640, mx: 'auto', p: 4 }}>
      <Box sx={{ textAlign: 'center', mb: 3 }}>
        <CheckCircleIcon color="success" sx={{ fontSize: 56 }} />
        <Typography variant="h4" component="h1" sx={{ fontWeight: 700, mt: 1 }}>Thanks, your order is confirmed!</Typography>
        <Typography variant="h6" sx={{ mt: 1 }}>Order #{order.number}</Typography>
        {order.email && (
          <Typography color="text.secondary">We've sent a confirmation to {order.email}.</Typography>
        )}
      </Box>
      {order.items.map((item) => {
        const product = productBySlug(item.slug);
        return <SummaryRow key={item.slug} label={`${product.name} × ${item.qty}`} value={money(item.qty * item.price)} />;
      })}
      <Divider sx={{ my: 1.5 }} />
      {order.discount > 0 && <SummaryRow label="Discount" value={`-${money(order.discount)}`} color="success.main" />}
      {order.deliveryFee !== undefined && (
        <SummaryRow label={order.delivery === 'express' ? 'Express delivery' : 'Standard delivery'}
          value={order.deliveryFee === 0 ? 'Free' : money(order.deliveryFee)} />
      )}
      <SummaryRow label="Total" value={money(order.total)} bold />
      {order.address && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2, whiteSpace: 'pre-line' }}>
          Shipping to:{'\n'}{order.address.join('\n')}
        </Typography>
      )}
      <Box sx={{ textAlign: 'center', mt: 3 }}>
        <Button component={RouterLink} to="/" variant="contained">Continue shopping</Button>
      </Box>
    </Paper>
  );
}

const STATUS_COLORS = { Delivered: 'success', Shipped: 'info', Processing: 'warning' };

export function MyOrders() {
  const { user, myOrders } = useStore();
  if (!user) return <Navigate to="/signin" state={{ from: '/orders' }} replace />;
  return (
    <>
      <Typography variant="h4" component="h1" sx={{ fontWeight: 700, mb: 3 }}>My orders</Typography>
      <Paper variant="outlined">
        <Table>
          <TableHead>
            <TableRow>
              <TableCell>Order</TableCell>
              <TableCell>Date</TableCell>
              <TableCell>Items</TableCell>
              <TableCell>Status</TableCell>
              <TableCell align="right">Total</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {myOrders.map((order) => (
              <TableRow key={order.number}>
                <TableCell><Link component={RouterLink} to={`/order/${order.number}`}>#{order.number}</Link></TableCell>
                <TableCell>{formatDate(order.date)}</TableCell>
                <TableCell>
                  {order.items.map((i) => `${productBySlug(i.slug).name}${i.qty > 1 ? ` × ${i.qty}` : ''}`).join(', ')}
                </TableCell>
                <TableCell><Chip size="small" label={order.status} color={STATUS_COLORS[order.status]} variant="outlined" /></TableCell>
                <TableCell align="right">{money(order.total)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
    </>
  );
}
