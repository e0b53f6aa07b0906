// Fake backend of Northwind Bank online, kept in the browser's storage (each browser profile has its own bank).
export const TODAY = new Date(2026, 11, 6);
const LOCK_AFTER = 5;
const LOCK_MINUTES = 15;

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const read = (key, fallback) => {
  try { return JSON.parse(localStorage.getItem(key)) ?? fallback; } catch { return fallback; }
};
const write = (key, value) => localStorage.setItem(key, JSON.stringify(value));

const OLIVIA = {
  email: 'olivia.park@mail.com',
  password: 'Spring#2026',
  firstName: 'Olivia',
  lastName: 'Park',
  displayName: 'Olivia Park',
  phone: '+1 555 010 1234',
  language: 'en',
  twoStep: false,
};

export const accounts = [
  { id: 'checking', name: 'Everyday Checking', number: '****4821', balance: 2340.18, icon: 'wallet2' },
  { id: 'savings', name: 'Savings', number: '****9930', balance: 12005.0, icon: 'piggy-bank' },
];

export const transactions = [
  { date: '2026-12-05', description: 'Blue Bottle Coffee', account: 'checking', amount: -6.5 },
  { date: '2026-12-04', description: 'Payroll - Acme Corp', account: 'checking', amount: 3150.0 },
  { date: '2026-12-03', description: 'Whole Foods Market', account: 'checking', amount: -84.27 },
  { date: '2026-12-02', description: 'Transfer to Savings', account: 'checking', amount: -500.0 },
  { date: '2026-12-02', description: 'Transfer from Checking', account: 'savings', amount: 500.0 },
  { date: '2026-12-01', description: 'City Power & Light', account: 'checking', amount: -112.4 },
  { date: '2026-11-30', description: 'Interest payment', account: 'savings', amount: 9.85 },
  { date: '2026-11-28', description: 'Netflix', account: 'checking', amount: -15.49 },
];

function users() {
  const saved = read('nwb.users', {});
  return { [OLIVIA.email]: { ...OLIVIA, ...(saved[OLIVIA.email] || {}) }, ...omit(saved, OLIVIA.email) };
}
function omit(obj, key) {
  const copy = { ...obj };
  delete copy[key];
  return copy;
}
function saveUser(user) {
  const saved = read('nwb.users', {});
  saved[user.email] = user;
  write('nwb.users', saved);
}

export class ApiError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

export function currentUser() {
  const email = localStorage.getItem('nwb.session') || sessionStorage.getItem('nwb.session');
  return email ? users()[email] || null : null;
}

export async function signIn(email, password, keep) {
  await wait(400);
  const key = email.trim().toLowerCase();
  const locks = read('nwb.locks', {});
  const lock = locks[key] || { failures: 0, lockedUntil: 0 };
  if (lock.lockedUntil > Date.now()) throw new ApiError('locked', `Your account is locked for ${LOCK_MINUTES} minutes.`);
  const user = users()[key];
  if (!user || user.password !== password) {
    lock.failures = lock.lockedUntil ? 1 : lock.failures + 1;
    lock.lockedUntil = 0;
    if (lock.failures >= LOCK_AFTER) lock.lockedUntil = Date.now() + LOCK_MINUTES * 60 * 1000;
    locks[key] = lock;
    write('nwb.locks', locks);
    if (lock.lockedUntil) throw new ApiError('locked', `Your account is locked for ${LOCK_MINUTES} minutes.`);
    throw new ApiError('invalid', 'The email or password is incorrect.');
  }
  delete locks[key];
  write('nwb.locks', locks);
  (keep ? localStorage : sessionStorage).setItem('nwb.session', user.email);
  return user;
}

export function signOut() {
  localStorage.removeItem('nwb.session');
  sessionStorage.removeItem('nwb.session');
}

export async function sendResetLink() {
  await wait(600);
  // The answer is the same whether or not the account exists.
}

export async function updateProfile(changes) {
  await wait(500);
  const user = { ...currentUser(), ...changes };
  saveUser(user);
  return user;
}

export async function changePassword(current, next) {
  await wait(500);
  const user = currentUser();
  if (user.password !== current) throw new ApiError('current', 'Current password is incorrect');
  saveUser({ ...user, password: next });
}

export async function setTwoStep(enabled) {
  await wait(300);
  saveUser({ ...currentUser(), twoStep: enabled });
}

export async function register(details) {
  await wait(700);
  const email = details.email.trim().toLowerCase();
  if (users()[email]) throw new ApiError('email', 'An account with this email already exists');
  saveUser({ ...details, email, displayName: `${details.firstName} ${details.lastName}`, phone: '', language: 'en', twoStep: false });
}
