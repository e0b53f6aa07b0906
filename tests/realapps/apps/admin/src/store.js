import { reactive } from 'vue';
import { ADMIN, makeUsers, NOTIFICATIONS } from './data.js';

const AUTH_KEY = 'crewdesk.session';

export const store = reactive({
  session: JSON.parse(localStorage.getItem(AUTH_KEY) || 'null'),
  users: makeUsers(),
  nextId: 48,
  notifications: NOTIFICATIONS.map((n) => ({ ...n, unread: true })),
  snackbar: { show: false, text: '', undo: null },

  signIn(email, password) {
    if (email.trim().toLowerCase() !== ADMIN.email || password !== ADMIN.password) return false;
    this.session = { email: ADMIN.email, name: ADMIN.name };
    localStorage.setItem(AUTH_KEY, JSON.stringify(this.session));
    return true;
  },
  signOut() {
    this.session = null;
    localStorage.removeItem(AUTH_KEY);
  },

  notify(text, undo = null) {
    this.snackbar.show = false;
    // Re-open on the next tick so a second message restarts the timer.
    setTimeout(() => Object.assign(this.snackbar, { show: true, text, undo }), 0);
  },

  emailTaken(email, exceptId) {
    const wanted = email.trim().toLowerCase();
    return this.users.some((u) => u.email.toLowerCase() === wanted && u.id !== exceptId);
  },
  saveUser({ id, name, email, role, sendInvite }) {
    if (id) {
      Object.assign(this.users.find((u) => u.id === id), { name: name.trim(), email: email.trim(), role });
    } else {
      this.users.unshift({
        id: this.nextId++, name: name.trim(), email: email.trim(), role,
        status: sendInvite ? 'Invited' : 'Active', lastActive: null,
      });
    }
  },
  // Removes the users and returns a function that puts them back where they were.
  deleteUsers(ids) {
    const removed = this.users.map((u, index) => ({ u, index })).filter(({ u }) => ids.includes(u.id));
    this.users = this.users.filter((u) => !ids.includes(u.id));
    return () => {
      for (const { u, index } of removed) this.users.splice(Math.min(index, this.users.length), 0, u);
    };
  },
  suspendUsers(ids) {
    for (const u of this.users) if (ids.includes(u.id)) u.status = 'Suspended';
  },
});
