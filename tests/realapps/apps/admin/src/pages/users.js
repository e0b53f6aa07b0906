import { computed, ref, reactive } from 'vue';
import { mdiPlus, mdiMagnify, mdiPencilOutline, mdiKeyVariant, mdiTrashCanOutline } from '@mdi/js';
import { store } from '../store.js';
import { ROLES, STATUSES } from '../data.js';
import { formatLastActive } from '../format.js';

const STATUS_COLORS = { Active: 'success', Invited: 'info', Suspended: 'error' };

export default {
  name: 'UsersPage',
  setup() {
    const search = ref('');
    const role = ref('All roles');
    const statuses = ref([]);
    const selected = ref([]);
    const page = ref(1);
    const itemsPerPage = ref(10);
    const sortBy = ref([]);

    const headers = [
      { title: 'Name', key: 'name' },
      { title: 'Email', key: 'email' },
      { title: 'Role', key: 'role' },
      { title: 'Status', key: 'status' },
      { title: 'Last active', key: 'lastActive' },
      { title: '', key: 'actions', sortable: false, align: 'end' },
    ];

    const users = computed(() => {
      const q = search.value?.trim().toLowerCase() ?? '';
      return store.users.filter((u) => (!q || u.name.toLowerCase().includes(q) || u.email.toLowerCase().includes(q))
        && (role.value === 'All roles' || u.role === role.value)
        && (statuses.value.length === 0 || statuses.value.includes(u.status)));
    });

    // Add / edit dialog
    const form = ref(null);
    const editor = reactive({ open: false, id: null, name: '', email: '', role: 'Viewer', sendInvite: true, error: '' });
    const rules = {
      name: [(v) => !!v?.trim() || 'Full name is required'],
      email: [(v) => !!v?.trim() || 'Email is required',
        (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) || 'Enter a valid email address'],
    };
    function openAdd() {
      Object.assign(editor, { open: true, id: null, name: '', email: '', role: 'Viewer', sendInvite: true, error: '' });
    }
    function openEdit(user) {
      Object.assign(editor, { open: true, id: user.id, name: user.name, email: user.email, role: user.role, sendInvite: false, error: '' });
    }
    async function save() {
      const { valid } = await form.value.validate();
      if (!valid) return;
      if (store.emailTaken(editor.email, editor.id)) {
        editor.error = 'A user with this email already exists';
        return;
      }
      store.saveUser(editor);
      editor.open = false;
      store.notify('User saved');
    }

    // Delete (one user or the selection) and reset password
    const confirm = reactive({ open: false, ids: [], title: '' });
    function askDelete(users) {
      Object.assign(confirm, {
        open: true, ids: users.map((u) => u.id),
        title: users.length === 1 ? `Delete ${users[0].name}?` : `Delete ${users.length} users?`,
      });
    }
    function doDelete() {
      const count = confirm.ids.length;
      const undo = store.deleteUsers(confirm.ids);
      selected.value = selected.value.filter((id) => !confirm.ids.includes(id));
      confirm.open = false;
      store.notify(count === 1 ? 'User deleted' : `${count} users deleted`, undo);
    }
    const reset = reactive({ open: false, user: null });
    function sendReset() {
      reset.open = false;
      store.notify(`Password reset email sent to ${reset.user.email}`);
    }
    function suspendSelected() {
      const count = selected.value.length;
      store.suspendUsers(selected.value);
      selected.value = [];
      store.notify(count === 1 ? '1 user suspended' : `${count} users suspended`);
    }

    return {
      store, search, role, statuses, selected, page, itemsPerPage, sortBy, headers, users, ROLES, STATUSES,
      STATUS_COLORS, formatLastActive, form, editor, rules, openAdd, openEdit, save, confirm, askDelete, doDelete,
      reset, sendReset, suspendSelected, mdiPlus, mdiMagnify, mdiPencilOutline, mdiKeyVariant, mdiTrashCanOutline,
      selectedUsers: computed(() => store.users.filter((u) => selected.value.includes(u.id))),
    };
  },
  template: `
    <div>
      <div class="d-flex align-center mb-4">
        <h1 class="text-h5 font-weight-medium">Users</h1>
        <v-spacer />
        <v-btn color="primary" :prepend-icon="mdiPlus" @click="openAdd">Add user</v-btn>
      </div>

      <v-card>
        <div class="d-flex flex-wrap align-center ga-4 pa-4">
          <v-text-field v-model="search" label="Search by name or email" :prepend-inner-icon="mdiMagnify"
            density="compact" variant="outlined" hide-details clearable style="max-width: 320px; min-width: 260px"
            @update:model-value="page = 1" />
          <v-select v-model="role" :items="['All roles', ...ROLES]" label="Role" density="compact" variant="outlined"
            hide-details style="max-width: 180px" @update:model-value="page = 1" />
          <div class="d-flex align-center ga-2">
            <span class="text-body-2 text-medium-emphasis">Status</span>
            <v-chip-group v-model="statuses" multiple filter selected-class="text-primary" @update:model-value="page = 1">
              <v-chip v-for="s in STATUSES" :key="s" :value="s" variant="outlined">{{ s }}</v-chip>
            </v-chip-group>
          </div>
        </div>

        <v-expand-transition>
          <div v-if="selected.length" class="d-flex align-center ga-3 px-4 py-2 bg-blue-grey-lighten-5">
            <span class="font-weight-medium">{{ selected.length }} selected</span>
            <v-btn size="small" variant="tonal" @click="suspendSelected">Suspend</v-btn>
            <v-btn size="small" variant="tonal" color="error" @click="askDelete(selectedUsers)">Delete</v-btn>
          </div>
        </v-expand-transition>

        <v-data-table v-model="selected" v-model:page="page" v-model:items-per-page="itemsPerPage"
          v-model:sort-by="sortBy" :headers="headers" :items="users" item-value="id" show-select
          :items-per-page-options="[10, 25, 50]" items-per-page-text="Rows per page" page-text="{0}–{1} of {2}"
          no-data-text="No users match your filters" hover>
          <template #item.name="{ item }"><span class="font-weight-medium">{{ item.name }}</span></template>
          <template #item.status="{ value }">
            <v-chip :color="STATUS_COLORS[value]" size="small" variant="tonal">{{ value }}</v-chip>
          </template>
          <template #item.lastActive="{ value }">{{ formatLastActive(value) }}</template>
          <template #item.actions="{ item }">
            <div class="d-flex justify-end">
              <v-btn :icon="mdiPencilOutline" variant="text" size="small" @click="openEdit(item)" />
              <v-btn :icon="mdiKeyVariant" variant="text" size="small" @click="Object.assign(reset, { open: true, user: item })" />
              <v-btn :icon="mdiTrashCanOutline" variant="text" size="small" @click="askDelete([item])" />
            </div>
          </template>
        </v-data-table>
      </v-card>

      <v-dialog v-model="editor.open" max-width="480">
        <v-card :title="editor.id ? 'Edit user' : 'Add user'">
          <v-card-text>
            <v-alert v-if="editor.error" type="error" variant="tonal" density="compact" class="mb-4">{{ editor.error }}</v-alert>
            <v-form ref="form" @submit.prevent="save">
              <v-text-field v-model="editor.name" label="Full name" :rules="rules.name" class="mb-2" />
              <v-text-field v-model="editor.email" label="Email" type="email" :rules="rules.email" class="mb-2"
                @update:model-value="editor.error = ''" />
              <v-select v-model="editor.role" :items="ROLES" label="Role" class="mb-2" />
              <v-switch v-model="editor.sendInvite" label="Send invitation email" color="primary" hide-details inset />
            </v-form>
          </v-card-text>
          <v-card-actions>
            <v-spacer />
            <v-btn variant="text" @click="editor.open = false">Cancel</v-btn>
            <v-btn color="primary" variant="flat" @click="save">Save</v-btn>
          </v-card-actions>
        </v-card>
      </v-dialog>

      <v-dialog v-model="confirm.open" max-width="420">
        <v-card :title="confirm.title" text="This cannot be undone.">
          <v-card-actions>
            <v-spacer />
            <v-btn variant="text" @click="confirm.open = false">Cancel</v-btn>
            <v-btn color="error" variant="flat" @click="doDelete">Delete</v-btn>
          </v-card-actions>
        </v-card>
      </v-dialog>

      <v-dialog v-model="reset.open" max-width="440">
        <v-card v-if="reset.user" :title="'Reset password for ' + reset.user.name + '?'"
          :text="'We will email ' + reset.user.email + ' a link to choose a new password.'">
          <v-card-actions>
            <v-spacer />
            <v-btn variant="text" @click="reset.open = false">Cancel</v-btn>
            <v-btn color="primary" variant="flat" @click="sendReset">Send reset link</v-btn>
          </v-card-actions>
        </v-card>
      </v-dialog>
    </div>`,
};
