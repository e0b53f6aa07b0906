import { useState } from 'react';
import { useParams, Link as RouterLink } from 'react-router-dom';
import {
  Box, Typography, Rating, Button, IconButton, Tabs, Tab, Divider, Stack, Breadcrumbs, Link, Paper, List, ListItem,
  ListItemText,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import RemoveIcon from '@mui/icons-material/Remove';
import FavoriteBorderIcon from '@mui/icons-material/FavoriteBorder';
import FavoriteIcon from '@mui/icons-material/Favorite';
import { productBySlug, reviewsFor } from '../data.js';
import { useStore } from '../store.jsx';
import { Price } from './Catalogue.jsx';

export function QuantityStepper({ value, onChange, min = 1, max = 10 }) {
  return (
    <Stack direction="row" sx={{ alignItems: 'center', border: 1, borderColor: 'divider', borderRadius: 2, width: 'fit-content' }}>
      <IconButton size="small" onClick={() => onChange(value - 1)} disabled={value <= min}><RemoveIcon fontSize="small" /></IconButton>
      <Typography sx={{ minWidth: 32, textAlign: 'center' }}>{value}</Typography>
      <IconButton size="small" onClick={() => onChange(value + 1)} disabled={value >= max}><AddIcon fontSize="small" /></IconButton>
    </Stack>
  );
}

export default function ProductPage() {
  const { slug } = useParams();
  const product = productBySlug(slug);
  const { addToCart, notify, wishlist, toggleWishlist } = useStore();
  const [qty, setQty] = useState(1);
  const [tab, setTab] = useState('description');

  if (!product) {
    return (
      <Box sx={{ py: 8, textAlign: 'center' }}>
        <Typography variant="h5" gutterBottom>We couldn't find that product</Typography>
        <Link component={RouterLink} to="/">Back to the shop</Link>
      </Box>
    );
  }
  const reviews = reviewsFor(product);
  const saved = wishlist.includes(product.slug);

  return (
    <>
      <Breadcrumbs sx={{ mb: 3 }}>
        <Link component={RouterLink} to="/" underline="hover" color="inherit">Shop</Link>
        <Typography color="text.secondary">{product.category}</Typography>
        <Typography color="text.primary">{product.name}</Typography>
      </Breadcrumbs>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1.1fr 1fr' }, gap: 5 }}>
        <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
          <Box component="img" src={product.image} alt={product.name} sx={{ width: '100%', display: 'block' }} />
        </Paper>
        <Box>
          <Typography variant="h4" component="h1" sx={{ fontWeight: 700, mb: 1 }}>{product.name}</Typography>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
            <Rating value={product.rating} precision={0.5} readOnly />
            <Typography variant="body2" color="text.secondary">{product.reviews} reviews</Typography>
          </Stack>
          <Price product={product} size="h5" />
          <Typography sx={{ my: 2 }} color="text.secondary">{product.description}</Typography>
          {product.inStock
            ? <Typography variant="body2" color="success.main" sx={{ mb: 2 }}>In stock</Typography>
            : <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>Out of stock</Typography>}
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <QuantityStepper value={qty} onChange={setQty} />
            <Button variant="contained" size="large" disabled={!product.inStock}
              onClick={() => { addToCart(product.slug, qty); notify('Added to cart'); }}>
              Add to cart
            </Button>
            <Button startIcon={saved ? <FavoriteIcon /> : <FavoriteBorderIcon />} onClick={() => toggleWishlist(product.slug)}>
              {saved ? 'Saved to wishlist' : 'Add to wishlist'}
            </Button>
          </Stack>
        </Box>
      </Box>

      <Box sx={{ mt: 5 }}>
        <Tabs value={tab} onChange={(_, v) => setTab(v)}>
          <Tab value="description" label="Description" />
          <Tab value="reviews" label={`Reviews (${product.reviews})`} />
        </Tabs>
        <Divider />
        {tab === 'description' ? (
          <Box role="tabpanel" sx={{ py: 3, maxWidth: 720 }}>
            <Typography paragraph>{product.description}</Typography>
            <Typography variant="body2" color="text.secondary">
              Free shipping on orders over $50. Returns accepted within 30 days.
            </Typography>
          </Box>
        ) : (
          <List role="tabpanel" sx={{ maxWidth: 720 }}>
            {reviews.map((r) => (
              <ListItem key={r.id} divider alignItems="flex-start" disableGutters>
                <ListItemText
                  primary={<Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <Rating value={r.stars} size="small" readOnly />
                    <Typography variant="subtitle2">{r.author}</Typography>
                    <Typography variant="caption" color="text.secondary">{r.date}</Typography>
                  </Stack>}
                  secondary={r.text} />
              </ListItem>
            ))}
          </List>
        )}
      </Box>
    </>
  );
}
