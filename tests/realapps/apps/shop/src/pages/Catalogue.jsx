import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  Box, Card, CardActionArea, CardMedia, CardContent, CardActions, Typography, Rating, Button, Checkbox,
  FormControlLabel, FormGroup, FormLabel, Slider, Select, MenuItem, FormControl, InputLabel, Paper, Stack,
} from '@mui/material';
import { PRODUCTS, CATEGORIES, money } from '../data.js';
import { useStore } from '../store.jsx';

const PRICE_MAX = 150;
const SORTS = {
  featured: { label: 'Featured', compare: () => 0 },
  'price-asc': { label: 'Price: low to high', compare: (a, b) => a.price - b.price },
  'price-desc': { label: 'Price: high to low', compare: (a, b) => b.price - a.price },
  name: { label: 'Name A-Z', compare: (a, b) => a.name.localeCompare(b.name) },
  newest: { label: 'Newest', compare: (a, b) => b.added.localeCompare(a.added) },
};

export function Price({ product, size = 'body1' }) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
      <Typography variant={size} sx={{ fontWeight: 700, color: product.oldPrice ? 'error.main' : 'text.primary' }}>
        {money(product.price)}
      </Typography>
      {product.oldPrice && (
        <Typography variant="body2" component="s" color="text.secondary">{money(product.oldPrice)}</Typography>
      )}
    </Stack>
  );
}

export function ProductCard({ product }) {
  const navigate = useNavigate();
  const { addToCart, notify } = useStore();
  return (
    <Card sx={{ position: 'relative', display: 'flex', flexDirection: 'column', height: '100%' }}>
      {product.oldPrice && (
        <Box sx={{
          position: 'absolute', top: 14, left: -30, zIndex: 1, transform: 'rotate(-45deg)', width: 120,
          textAlign: 'center', bgcolor: 'error.main', color: '#fff', fontSize: 12, fontWeight: 700, py: 0.3,
        }}>Sale</Box>
      )}
      <CardActionArea onClick={() => navigate(`/product/${product.slug}`)} sx={{ flex: 1 }}>
        <CardMedia component="img" image={product.image} alt={product.name} sx={{ aspectRatio: '200 / 170' }} />
        <CardContent>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, lineHeight: 1.3 }}>{product.name}</Typography>
          <Rating value={product.rating} precision={0.5} size="small" readOnly sx={{ my: 0.5 }} />
          <Price product={product} />
          {!product.inStock && <Typography variant="body2" color="text.secondary">Out of stock</Typography>}
        </CardContent>
      </CardActionArea>
      <CardActions sx={{ px: 2, pb: 2 }}>
        <Button variant="contained" fullWidth disabled={!product.inStock}
          onClick={() => { addToCart(product.slug); notify('Added to cart'); }}>
          Add to cart
        </Button>
      </CardActions>
    </Card>
  );
}

export default function Catalogue() {
  const { search } = useStore();
  const [categories, setCategories] = useState([]);
  const [price, setPrice] = useState([0, PRICE_MAX]);
  const [sort, setSort] = useState('featured');

  const products = useMemo(() => {
    const q = search.trim().toLowerCase();
    return PRODUCTS
      .filter((p) => !q || p.name.toLowerCase().includes(q) || p.category.toLowerCase().includes(q))
      .filter((p) => categories.length === 0 || categories.includes(p.category))
      .filter((p) => p.price >= price[0] && p.price <= price[1])
      .sort(SORTS[sort].compare);
  }, [search, categories, price, sort]);

  function toggleCategory(name) {
    setCategories((c) => (c.includes(name) ? c.filter((x) => x !== name) : [...c, name]));
  }

  return (
    <Box sx={{ display: 'flex', gap: 4, alignItems: 'flex-start' }}>
      <Paper component="aside" variant="outlined" sx={{ width: 230, flex: 'none', p: 2.5 }}>
        <FormLabel component="legend" sx={{ fontWeight: 700, color: 'text.primary', mb: 1 }}>Category</FormLabel>
        <FormGroup sx={{ mb: 3 }}>
          {CATEGORIES.map((name) => (
            <FormControlLabel key={name} label={name}
              control={<Checkbox size="small" checked={categories.includes(name)} onChange={() => toggleCategory(name)} />} />
          ))}
        </FormGroup>
        <Typography id="price-label" sx={{ fontWeight: 700, mb: 1 }}>Price</Typography>
        <Slider value={price} onChange={(_, v) => setPrice(v)} min={0} max={PRICE_MAX} step={5}
          valueLabelDisplay="auto" valueLabelFormat={(v) => `$${v}`} getAriaLabel={(i) => (i === 0 ? 'Minimum price' : 'Maximum price')}
          getAriaValueText={(v) => `$${v}`} />
        <Typography variant="body2" color="text.secondary">${price[0]} – ${price[1]}</Typography>
      </Paper>

      <Box sx={{ flex: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 2 }}>
          <Typography color="text.secondary">
            Showing {products.length} {products.length === 1 ? 'product' : 'products'}
          </Typography>
          <FormControl size="small" sx={{ minWidth: 200 }}>
            <InputLabel id="sort-label">Sort by</InputLabel>
            <Select labelId="sort-label" label="Sort by" value={sort} onChange={(e) => setSort(e.target.value)}>
              {Object.entries(SORTS).map(([key, s]) => <MenuItem key={key} value={key}>{s.label}</MenuItem>)}
            </Select>
          </FormControl>
        </Box>
        {products.length === 0 ? (
          <Typography sx={{ py: 6, textAlign: 'center' }}>No products match your filters.</Typography>
        ) : (
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 3 }}>
            {products.map((p) => <ProductCard key={p.slug} product={p} />)}
          </Box>
        )}
      </Box>
    </Box>
  );
}
