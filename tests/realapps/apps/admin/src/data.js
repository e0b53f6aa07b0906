// Crewdesk's fake backend: the admin account, 47 users, teams and the audit log. "Today" is 2026-12-06.

export const TODAY = '2026-12-06';
export const ADMIN = { email: 'admin@crewdesk.io', password: 'Admin!2024', name: 'Alex Morgan' };

const NAMED = [
  ['Aisha Khan', 'Admin', 'Active'],
  ['Ben Ortiz', 'Editor', 'Invited'],
  ['Chloe Martin', 'Viewer', 'Suspended'],
  ['Dmitri Volkov', 'Editor', 'Active'],
  ['Emma Stone', 'Viewer', 'Active'],
];

const MORE = [
  'Farah Haddad', 'George Lin', 'Hana Sato', 'Ivan Petrov', 'Julia Costa', 'Kwame Mensah', 'Laura Becker',
  'Mateo Rossi', 'Nadia Ali', 'Oscar Nilsson', 'Priya Raman', 'Quentin Dubois', 'Rosa Delgado', 'Samuel Okafor',
  'Tara Walsh', 'Umar Farooq', 'Valentina Cruz', 'William Chen', 'Xenia Morales', 'Yusuf Demir', 'Zoe Fischer',
  'Adam Novak', 'Bianca Silva', 'Carlos Mendes', 'Diana Popescu', 'Elif Yilmaz', 'Felix Wagner', 'Grace Kim',
  'Hugo Laurent', 'Isla McKenzie', 'Jonas Berg', 'Keiko Tanaka', "Liam O'Brien", 'Maya Cohen', 'Noah Schmidt',
  'Olivia Grant', 'Pedro Alves', 'Rina Patel', 'Sven Larsen', 'Tomas Horvat', 'Uma Iyer', 'Victor Hughes',
];

function emailFor(name) {
  return `${name.toLowerCase().replace(/'/g, '').replace(/\s+/g, '.')}@crewdesk.io`;
}

// Last activity: a fixed number of hours before 2026-12-06 09:00 UTC, different for each user.
function lastActiveFor(i, status) {
  if (status === 'Invited') return null;
  const hours = status === 'Suspended' ? 24 * (40 + i) : (i * 37) % (24 * 21) + 1;
  return new Date(Date.UTC(2026, 11, 6, 9, 0) - hours * 3600 * 1000).toISOString();
}

export function makeUsers() {
  const users = NAMED.map(([name, role, status], i) => ({
    id: i + 1, name, email: emailFor(name), role, status, lastActive: lastActiveFor(i, status),
  }));
  MORE.forEach((name, j) => {
    const i = j + NAMED.length;
    const role = i % 8 === 0 ? 'Admin' : i % 3 === 0 ? 'Editor' : 'Viewer';
    const status = i % 9 === 4 ? 'Invited' : i % 11 === 6 ? 'Suspended' : 'Active';
    users.push({ id: i + 1, name, email: emailFor(name), role, status, lastActive: lastActiveFor(i, status) });
  });
  return users;
}

export const TEAMS = [
  { name: 'Engineering', lead: 'Dmitri Volkov', members: 14, created: '2024-02-11' },
  { name: 'Design', lead: 'Hana Sato', members: 6, created: '2024-03-02' },
  { name: 'Customer Support', lead: 'Emma Stone', members: 9, created: '2024-05-19' },
  { name: 'Sales', lead: 'Mateo Rossi', members: 8, created: '2024-07-08' },
  { name: 'Marketing', lead: 'Laura Becker', members: 5, created: '2025-01-14' },
  { name: 'Finance', lead: 'Aisha Khan', members: 3, created: '2025-06-30' },
];

export const AUDIT_LOG = [
  { at: '2026-12-06T08:42:00Z', actor: 'Alex Morgan', action: 'Changed the role of Dmitri Volkov to Editor' },
  { at: '2026-12-05T16:10:00Z', actor: 'Aisha Khan', action: 'Invited Ben Ortiz' },
  { at: '2026-12-05T11:03:00Z', actor: 'Alex Morgan', action: 'Suspended Chloe Martin' },
  { at: '2026-12-04T14:27:00Z', actor: 'Aisha Khan', action: 'Created the team Finance' },
  { at: '2026-12-03T09:55:00Z', actor: 'Alex Morgan', action: 'Reset the password of Emma Stone' },
  { at: '2026-12-02T17:31:00Z', actor: 'Dmitri Volkov', action: 'Updated the workspace settings' },
  { at: '2026-12-01T10:12:00Z', actor: 'Alex Morgan', action: 'Deleted the user Paul Young' },
  { at: '2026-11-30T15:48:00Z', actor: 'Aisha Khan', action: 'Turned on two-step verification for admins' },
];

export const NOTIFICATIONS = [
  { id: 1, title: 'Ben Ortiz has not accepted his invitation yet', time: '2 hours ago' },
  { id: 2, title: '3 failed sign-in attempts for chloe.martin@crewdesk.io', time: 'Yesterday' },
  { id: 3, title: 'Your plan renews on Dec 31, 2026', time: '2 days ago' },
];

export const ROLES = ['Admin', 'Editor', 'Viewer'];
export const STATUSES = ['Active', 'Invited', 'Suspended'];
