import { computed, reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { mdiEyeOutline, mdiEyeOffOutline, mdiAccountGroupOutline, mdiAccountCheckOutline, mdiEmailOutline, mdiAccountCancelOutline } from '@mdi/js';
import { store } from '../store.js';
import { TEAMS, AUDIT_LOG, ROLES } from '../data.js';
import { formatDateTime } from '../format.js';

export const LoginPage = {
  name: 'LoginPage',
  setup() {
    const router = useRouter();
    const route = useRoute();
    const email = ref('');
    const password = ref('');
    const show = ref(false);
    const error = ref('');
    function submit() {
      error.value = '';
      if (!email.value.trim() || !password.value) {
        error.value = 'Enter your email and password.';
      } else if (store.signIn(email.value, password.value)) {
        router.replace(typeof route.query.redirect === 'string' ? route.query.redirect : '/admin/users');
      } else {
        error.value = 'Invalid email or password.';
      }
    }
    return { email, password, show, error, submit, mdiEyeOutline, mdiEyeOffOutline };
  },
  template: `
    <v-main class="bg-grey-lighten-4">
      <div class="d-flex align-center justify-center" style="min-height: 100vh">
      <v-card width="400" class="pa-4" elevation="3">
        <v-card-item>
          <v-card-title class="text-h5">Crewdesk admin</v-card-title>
          <v-card-subtitle>Sign in to continue</v-card-subtitle>
        </v-card-item>
        <v-card-text>
          <v-alert v-if="error" type="error" variant="tonal" density="compact" class="mb-4">{{ error }}</v-alert>
          <v-form @submit.prevent="submit">
            <v-text-field v-model="email" label="Email" type="email" autocomplete="username" class="mb-2" />
            <v-text-field v-model="password" label="Password" :type="show ? 'text' : 'password'"
              autocomplete="current-password" :append-inner-icon="show ? mdiEyeOffOutline : mdiEyeOutline"
              @click:append-inner="show = !show" class="mb-2" />
            <v-btn type="submit" color="primary" size="large" block>Sign in</v-btn>
          </v-form>
        </v-card-text>
      </v-card>
      </div>
    </v-main>`,
};

export const DashboardPage = {
  name: 'DashboardPage',
  setup() {
    const count = (status) => computed(() => store.users.filter((u) => !status || u.status === status).length);
    const tiles = [
      { label: 'Total users', value: count(null), icon: mdiAccountGroupOutline, color: 'primary' },
      { label: 'Active', value: count('Active'), icon: mdiAccountCheckOutline, color: 'success' },
      { label: 'Invited', value: count('Invited'), icon: mdiEmailOutline, color: 'info' },
      { label: 'Suspended', value: count('Suspended'), icon: mdiAccountCancelOutline, color: 'error' },
    ];
    return { tiles, recent: AUDIT_LOG.slice(0, 5), formatDateTime };
  },
  template: `
    <div>
      <h1 class="text-h5 font-weight-medium mb-4">Dashboard</h1>
      <v-row>
        <v-col v-for="t in tiles" :key="t.label" cols="12" sm="6" md="3">
          <v-card class="pa-4 d-flex align-center ga-4">
            <v-avatar :color="t.color" variant="tonal" size="48"><v-icon :icon="t.icon" /></v-avatar>
            <div>
              <div class="text-h5 font-weight-bold">{{ t.value.value }}</div>
              <div class="text-body-2 text-medium-emphasis">{{ t.label }}</div>
            </div>
          </v-card>
        </v-col>
      </v-row>
      <v-card class="mt-6" title="Recent activity">
        <v-list lines="two">
          <v-list-item v-for="e in recent" :key="e.at" :title="e.action" :subtitle="e.actor + ' · ' + formatDateTime(e.at)" />
        </v-list>
      </v-card>
    </div>`,
};

export const TeamsPage = {
  name: 'TeamsPage',
  setup() { return { teams: TEAMS }; },
  template: `
    <div>
      <h1 class="text-h5 font-weight-medium mb-4">Teams</h1>
      <v-card>
        <v-table>
          <thead><tr><th>Team</th><th>Lead</th><th>Members</th><th>Created</th></tr></thead>
          <tbody>
            <tr v-for="t in teams" :key="t.name">
              <td class="font-weight-medium">{{ t.name }}</td><td>{{ t.lead }}</td><td>{{ t.members }}</td><td>{{ t.created }}</td>
            </tr>
          </tbody>
        </v-table>
      </v-card>
    </div>`,
};

export const AuditLogPage = {
  name: 'AuditLogPage',
  setup() {
    return {
      headers: [{ title: 'When', key: 'at' }, { title: 'Who', key: 'actor' }, { title: 'What', key: 'action', sortable: false }],
      entries: AUDIT_LOG, formatDateTime,
    };
  },
  template: `
    <div>
      <h1 class="text-h5 font-weight-medium mb-4">Audit log</h1>
      <v-card>
        <v-data-table :headers="headers" :items="entries" :items-per-page="10" :items-per-page-options="[10, 25, 50]"
          items-per-page-text="Rows per page" page-text="{0}–{1} of {2}">
          <template #item.at="{ value }">{{ formatDateTime(value) }}</template>
        </v-data-table>
      </v-card>
    </div>`,
};

export const SettingsPage = {
  name: 'SettingsPage',
  setup() {
    const settings = reactive({ workspace: 'Crewdesk', defaultRole: 'Viewer', require2fa: true, sessionHours: '12' });
    return { settings, ROLES, save: () => store.notify('Settings saved') };
  },
  template: `
    <div>
      <h1 class="text-h5 font-weight-medium mb-4">Settings</h1>
      <v-card max-width="560" class="pa-4">
        <v-form @submit.prevent="save">
          <v-text-field v-model="settings.workspace" label="Workspace name" class="mb-2" />
          <v-select v-model="settings.defaultRole" :items="ROLES" label="Default role for new users" class="mb-2" />
          <v-select v-model="settings.sessionHours" :items="['1', '8', '12', '24']" label="Sign out after (hours)" class="mb-2" />
          <v-switch v-model="settings.require2fa" label="Require two-step verification for admins" color="primary" inset />
          <v-btn type="submit" color="primary">Save settings</v-btn>
        </v-form>
      </v-card>
    </div>`,
};
