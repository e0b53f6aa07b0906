import { createApp, computed, ref } from 'vue';
import { createRouter, createWebHistory, useRouter } from 'vue-router';
import { createVuetify } from 'vuetify';
import * as components from 'vuetify/components';
import * as directives from 'vuetify/directives';
import { aliases, mdi } from 'vuetify/iconsets/mdi-svg';
import 'vuetify/styles';
import {
  mdiViewDashboardOutline, mdiAccountMultipleOutline, mdiAccountGroupOutline, mdiHistory, mdiCogOutline,
  mdiBellOutline, mdiLogout,
} from '@mdi/js';
import { store } from './store.js';
import { initials } from './format.js';
import UsersPage from './pages/users.js';
import { LoginPage, DashboardPage, TeamsPage, AuditLogPage, SettingsPage } from './pages/other.js';

const AdminLayout = {
  name: 'AdminLayout',
  setup() {
    const router = useRouter();
    const nav = [
      { title: 'Dashboard', to: '/admin/dashboard', icon: mdiViewDashboardOutline },
      { title: 'Users', to: '/admin/users', icon: mdiAccountMultipleOutline },
      { title: 'Teams', to: '/admin/teams', icon: mdiAccountGroupOutline },
      { title: 'Audit log', to: '/admin/audit-log', icon: mdiHistory },
      { title: 'Settings', to: '/admin/settings', icon: mdiCogOutline },
    ];
    const unread = computed(() => store.notifications.filter((n) => n.unread).length);
    function markAllRead() { store.notifications.forEach((n) => { n.unread = false; }); }
    function signOut() { store.signOut(); router.push('/admin/login'); }
    return { store, nav, unread, markAllRead, signOut, initials, mdiBellOutline, mdiLogout };
  },
  template: `
    <v-navigation-drawer permanent color="grey-lighten-5">
      <div class="d-flex align-center ga-2 px-4 py-4">
        <v-avatar color="primary" size="32" rounded="lg"><span class="text-subtitle-2 font-weight-bold">C</span></v-avatar>
        <span class="text-h6 font-weight-bold">Crewdesk</span>
      </div>
      <v-list nav density="comfortable" color="primary">
        <v-list-item v-for="item in nav" :key="item.to" :to="item.to" :prepend-icon="item.icon" :title="item.title" />
      </v-list>
    </v-navigation-drawer>
    <v-app-bar flat border="b" density="comfortable">
      <v-app-bar-title class="text-body-1 text-medium-emphasis">Admin console</v-app-bar-title>
      <template #append>
        <v-menu location="bottom end" :close-on-content-click="false">
          <template #activator="{ props }">
            <v-btn icon v-bind="props">
              <v-badge v-if="unread" :content="unread" color="error"><v-icon :icon="mdiBellOutline" /></v-badge>
              <v-icon v-else :icon="mdiBellOutline" />
            </v-btn>
          </template>
          <v-card width="360" title="Notifications">
            <template #append>
              <v-btn variant="text" size="small" color="primary" :disabled="!unread" @click="markAllRead">Mark all as read</v-btn>
            </template>
            <v-list lines="two" density="compact">
              <v-list-item v-for="n in store.notifications" :key="n.id" :title="n.title" :subtitle="n.time"
                :class="{ 'font-weight-bold': n.unread }" @click="n.unread = false" />
            </v-list>
          </v-card>
        </v-menu>
        <v-menu location="bottom end">
          <template #activator="{ props }">
            <v-btn icon v-bind="props" class="mx-2">
              <v-avatar color="primary" size="36"><span class="text-body-2">{{ initials(store.session.name) }}</span></v-avatar>
            </v-btn>
          </template>
          <v-list density="compact" min-width="220">
            <v-list-item :title="store.session.name" :subtitle="store.session.email" />
            <v-divider />
            <v-list-item :prepend-icon="mdiLogout" title="Sign out" @click="signOut" />
          </v-list>
        </v-menu>
      </template>
    </v-app-bar>
    <v-main class="bg-grey-lighten-4">
      <v-container fluid class="pa-6"><router-view /></v-container>
    </v-main>`,
};

const App = {
  setup() { return { store }; },
  template: `
    <v-app>
      <router-view />
      <v-snackbar v-model="store.snackbar.show" :timeout="4000">
        {{ store.snackbar.text }}
        <template #actions>
          <v-btn v-if="store.snackbar.undo" variant="text" color="amber"
            @click="store.snackbar.undo(); store.snackbar.show = false">Undo</v-btn>
        </template>
      </v-snackbar>
    </v-app>`,
};

const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: '/admin/users' },
    { path: '/admin/login', component: LoginPage, meta: { public: true, title: 'Sign in' } },
    {
      path: '/admin',
      component: AdminLayout,
      children: [
        { path: '', redirect: '/admin/dashboard' },
        { path: 'dashboard', component: DashboardPage, meta: { title: 'Dashboard' } },
        { path: 'users', component: UsersPage, meta: { title: 'Users' } },
        { path: 'teams', component: TeamsPage, meta: { title: 'Teams' } },
        { path: 'audit-log', component: AuditLogPage, meta: { title: 'Audit log' } },
        { path: 'settings', component: SettingsPage, meta: { title: 'Settings' } },
      ],
    },
    { path: '/:rest(.*)*', redirect: '/admin/users' },
  ],
});

router.beforeEach((to) => {
  if (!to.meta.public && !store.session) return { path: '/admin/login', query: { redirect: to.fullPath } };
  if (to.path === '/admin/login' && store.session) return '/admin/users';
  return true;
});
router.afterEach((to) => { document.title = `${to.meta.title ?? 'Admin'} – Crewdesk`; });

const vuetify = createVuetify({
  components,
  directives,
  icons: { defaultSet: 'mdi', aliases, sets: { mdi } },
  theme: {
    defaultTheme: 'light',
    themes: { light: { colors: { primary: '#3949ab' } } },
  },
});

createApp(App).use(router).use(vuetify).mount('#app');
