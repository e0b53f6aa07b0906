import '@shoelace-style/shoelace/dist/themes/light.css';
import 'flatpickr/dist/flatpickr.min.css';
import './styles.css';

import { setBasePath } from '@shoelace-style/shoelace/dist/utilities/base-path.js';
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/avatar/avatar.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/card/card.js';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import '@shoelace-style/shoelace/dist/components/divider/divider.js';
import '@shoelace-style/shoelace/dist/components/dropdown/dropdown.js';
import '@shoelace-style/shoelace/dist/components/icon/icon.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/menu/menu.js';
import '@shoelace-style/shoelace/dist/components/menu-item/menu-item.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/qr-code/qr-code.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/switch/switch.js';
import '@shoelace-style/shoelace/dist/components/tab/tab.js';
import '@shoelace-style/shoelace/dist/components/tab-group/tab-group.js';
import '@shoelace-style/shoelace/dist/components/tab-panel/tab-panel.js';

import { currentUser, signOut } from './api.js';
import { esc } from './util.js';
import { loginPage } from './pages/login.js';
import { forgotPage } from './pages/forgot.js';
import { registerPage } from './pages/register.js';
import { dashboardPage } from './pages/dashboard.js';
import { profilePage } from './pages/profile.js';
import { securityPage } from './pages/security.js';

// The Shoelace icons this app uses are copied into public/shoelace/assets/icons.
setBasePath('/shoelace');

const routes = {
  '/login': { page: loginPage, title: 'Sign in', public: true },
  '/forgot-password': { page: forgotPage, title: 'Reset your password', public: true },
  '/register': { page: registerPage, title: 'Open an account', public: true },
  '/dashboard': { page: dashboardPage, title: 'Accounts' },
  '/profile': { page: profilePage, title: 'Profile' },
  '/security': { page: securityPage, title: 'Security' },
};

const app = document.getElementById('app');
let flash = null; // a one-time note for the next page (e.g. "You have been signed out.")

export function navigate(path, note = null, { replace = false } = {}) {
  flash = note;
  history[replace ? 'replaceState' : 'pushState']({}, '', path);
  render();
}

function initials(name) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0].toUpperCase())
    .join('');
}

function shell(user, content) {
  return `
    <header class="topbar">
      <a class="brand" href="/dashboard"><sl-icon name="bank2"></sl-icon><span>Northwind Bank</span></a>
      <nav class="topnav">
        <a href="/dashboard">Accounts</a>
      </nav>
      <sl-dropdown placement="bottom-end" class="user-menu">
        <sl-button slot="trigger" variant="text" caret>
          <sl-avatar initials="${esc(initials(user.displayName))}" label="${esc(user.displayName)}"></sl-avatar>
        </sl-button>
        <sl-menu>
          <sl-menu-item value="/profile"><sl-icon slot="prefix" name="person"></sl-icon>Profile</sl-menu-item>
          <sl-menu-item value="/security"><sl-icon slot="prefix" name="shield-lock"></sl-icon>Security</sl-menu-item>
          <sl-divider></sl-divider>
          <sl-menu-item value="signout"><sl-icon slot="prefix" name="box-arrow-right"></sl-icon>Sign out</sl-menu-item>
        </sl-menu>
      </sl-dropdown>
    </header>
    <main class="content">${content}</main>
    <footer class="footer">Northwind Bank, N.A. Member FDIC. Equal Housing Lender.</footer>`;
}

function render() {
  let path = location.pathname.replace(/\/+$/, '') || '/';
  const user = currentUser();
  if (path === '/') {
    history.replaceState({}, '', user ? '/dashboard' : '/login');
    path = user ? '/dashboard' : '/login';
  }
  const route = routes[path];
  if (!route) {
    document.title = 'Page not found - Northwind Bank';
    app.innerHTML = `<main class="auth"><sl-card class="auth-card"><h1>Page not found</h1>
      <p>The page you are looking for does not exist.</p><a href="/">Go to Northwind Bank</a></sl-card></main>`;
    return;
  }
  if (!route.public && !user) return navigate('/login', null, { replace: true });
  if (path === '/login' && user) return navigate('/dashboard', null, { replace: true });

  document.title = `${route.title} - Northwind Bank`;
  const note = flash;
  flash = null;
  const view = route.page({ user, note, navigate });
  if (route.public) {
    app.innerHTML = `<main class="auth">
      <a class="brand brand-large" href="/login"><sl-icon name="bank2"></sl-icon><span>Northwind Bank</span></a>
      ${view.html}</main>`;
  } else {
    app.innerHTML = shell(user, view.html);
    app.querySelector('.user-menu sl-menu').addEventListener('sl-select', (event) => {
      const value = event.detail.item.value;
      if (value === 'signout') {
        signOut();
        navigate('/login', { variant: 'primary', icon: 'info-circle', text: 'You have been signed out.' }, { replace: true });
      } else {
        navigate(value);
      }
    });
  }
  window.scrollTo(0, 0);
  view.mount?.(app);
}

document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a[href^="/"]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  navigate(link.getAttribute('href'));
});
window.addEventListener('popstate', render);

render();
