import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Routes, Route, Link as RouterLink, useNavigate, useLocation } from 'react-router-dom';
import {
  AppBar, Toolbar, Typography, InputBase, IconButton, Badge, Button, Avatar, Menu, MenuItem, Box, Container,
  CssBaseline, ThemeProvider, createTheme, alpha, Link, Snackbar,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import FavoriteBorderIcon from '@mui/icons-material/FavoriteBorder';
import ShoppingBasketOutlinedIcon from '@mui/icons-material/ShoppingBasketOutlined';
import LocalCafeIcon from '@mui/icons-material/LocalCafe';
import { StoreProvider, useStore } from './store.jsx';
import Catalogue from './pages/Catalogue.jsx';
import ProductPage from './pages/ProductPage.jsx';
import CartPage from './pages/CartPage.jsx';
import CheckoutPage from './pages/CheckoutPage.jsx';
import { OrderConfirmation, MyOrders } from './pages/Orders.jsx';
import { SignIn, AccountPage, Wishlist } from './pages/Account.jsx';

const theme = createTheme({
  palette: {
    primary: { main: '#6d4c41' },
    secondary: { main: '#c0803e' },
    background: { default: '#faf7f4' },
  },
  shape: { borderRadius: 8 },
  typography: { fontFamily: '"Helvetica Neue", Arial, sans-serif', button: { textTransform: 'none', fontWeight: 600 } },
});

function initials(name) {
  return name.split(/\s+/).map((part) => part[0]).join('').slice(0, 2).toUpperCase();
}

function Header() {
  const store = useStore();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuAnchor, setMenuAnchor] = useState(null);

  function onSearch(event) {
    store.setSearch(event.target.value);
    if (location.pathname !== '/') navigate('/');
  }

  return (
    <AppBar position="sticky" color="inherit" elevation={1}>
      <Toolbar sx={{ gap: 2 }}>
        <Link component={RouterLink} to="/" underline="none" color="primary"
          sx={{ display: 'flex', alignItems: 'center', gap: 1, mr: 2 }}>
          <LocalCafeIcon />
          <Typography variant="h6" component="span" sx={{ fontWeight: 700 }}>Brewhouse</Typography>
        </Link>
        <Box sx={(t) => ({
          display: 'flex', alignItems: 'center', flex: 1, maxWidth: 480, px: 1.5, py: 0.25, borderRadius: 5,
          bgcolor: alpha(t.palette.primary.main, 0.06),
        })}>
          <SearchIcon fontSize="small" sx={{ color: 'text.secondary', mr: 1 }} />
          <InputBase placeholder="Search products" value={store.search} onChange={onSearch} sx={{ flex: 1 }} />
        </Box>
        <Box sx={{ flexGrow: 1 }} />
        <IconButton component={RouterLink} to="/wishlist" color="inherit">
          <FavoriteBorderIcon />
        </IconButton>
        <IconButton component={RouterLink} to="/cart" color="inherit">
          <Badge badgeContent={store.count} color="secondary">
            <ShoppingBasketOutlinedIcon />
          </Badge>
        </IconButton>
        {store.user ? (
          <>
            <IconButton onClick={(e) => setMenuAnchor(e.currentTarget)} size="small">
              <Avatar sx={{ width: 34, height: 34, bgcolor: 'primary.main', fontSize: 15 }}>
                {initials(store.user.name)}
              </Avatar>
            </IconButton>
            <Menu anchorEl={menuAnchor} open={Boolean(menuAnchor)} onClose={() => setMenuAnchor(null)}
              anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
              transformOrigin={{ vertical: 'top', horizontal: 'right' }}>
              <MenuItem onClick={() => { setMenuAnchor(null); navigate('/orders'); }}>My orders</MenuItem>
              <MenuItem onClick={() => { setMenuAnchor(null); navigate('/account'); }}>Account</MenuItem>
              <MenuItem onClick={() => { setMenuAnchor(null); store.signOut(); navigate('/'); }}>Sign out</MenuItem>
            </Menu>
          </>
        ) : (
          <Button component={RouterLink} to="/signin" color="primary">Sign in</Button>
        )}
      </Toolbar>
    </AppBar>
  );
}

function Notifier() {
  const { toast, closeToast } = useStore();
  return (
    <Snackbar key={toast?.key} open={Boolean(toast)} message={toast?.message} autoHideDuration={4000}
      onClose={(_, reason) => { if (reason !== 'clickaway') closeToast(); }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }} />
  );
}

function NotFound() {
  return (
    <Box sx={{ textAlign: 'center', py: 8 }}>
      <Typography variant="h5" gutterBottom>Page not found</Typography>
      <Link component={RouterLink} to="/">Back to the shop</Link>
    </Box>
  );
}

function App() {
  return (
    <>
      <Header />
      <Container maxWidth="lg" sx={{ py: 4 }}>
        <Routes>
          <Route path="/" element={<Catalogue />} />
          <Route path="/product/:slug" element={<ProductPage />} />
          <Route path="/cart" element={<CartPage />} />
          <Route path="/checkout" element={<CheckoutPage />} />
          <Route path="/order/:number" element={<OrderConfirmation />} />
          <Route path="/orders" element={<MyOrders />} />
          <Route path="/signin" element={<SignIn />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="/wishlist" element={<Wishlist />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Container>
      <Notifier />
    </>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <BrowserRouter>
        <StoreProvider>
          <App />
        </StoreProvider>
      </BrowserRouter>
    </ThemeProvider>
  </StrictMode>,
);
