import Alpine from 'alpinejs';
import './style.css';

const STORAGE_KEY = 'listly-v1';

const SEED = {
  currentId: 'personal',
  nextId: 100,
  lists: [
    {
      id: 'personal', name: 'Personal', tasks: [
        { id: 1, text: 'Call the dentist', done: false, priority: 'High' },
        { id: 2, text: 'Pay the electricity bill', done: false, priority: 'Medium' },
        { id: 3, text: 'Water the plants', done: true, priority: 'Low' },
        { id: 4, text: 'Book a haircut', done: false, priority: 'Low' },
      ],
    },
    {
      id: 'work', name: 'Work', tasks: [
        { id: 11, text: 'Prepare the Q4 slides', done: false, priority: 'High' },
        { id: 12, text: "Reply to Jordan's email", done: false, priority: 'Medium' },
        { id: 13, text: 'Submit the expense report', done: true, priority: 'Medium' },
      ],
    },
    {
      id: 'groceries', name: 'Groceries', tasks: [
        { id: 21, text: 'Milk', done: false, priority: 'Medium' },
        { id: 22, text: 'Eggs', done: false, priority: 'Low' },
        { id: 23, text: 'Coffee beans', done: false, priority: 'High' },
        { id: 24, text: 'Sourdough bread', done: false, priority: 'Low' },
        { id: 25, text: 'Bananas', done: true, priority: 'Low' },
      ],
    },
  ],
};

function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY));
    if (saved && Array.isArray(saved.lists)) return saved;
  } catch { /* fall back to the starter lists */ }
  return structuredClone(SEED);
}

function filterFromHash() {
  const hash = window.location.hash.replace(/^#\/?/, '');
  return hash === 'active' || hash === 'completed' ? hash : 'all';
}

function slug(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'list';
}

Alpine.data('listly', () => ({
  ...load(),
  filter: filterFromHash(),
  newText: '',
  editingId: null,
  editText: '',
  priorityOpenId: null,
  newListName: '',

  init() {
    window.addEventListener('hashchange', () => { this.filter = filterFromHash(); });
    this.$watch('lists', () => this.save(), { deep: true });
    this.$watch('currentId', () => this.save());
  },

  save() {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({
      currentId: this.currentId, nextId: this.nextId, lists: this.lists,
    }));
  },

  get currentList() {
    return this.lists.find((l) => l.id === this.currentId) || this.lists[0];
  },
  get tasks() { return this.currentList.tasks; },
  get remaining() { return this.tasks.filter((t) => !t.done).length; },
  get filteredTasks() {
    if (this.filter === 'active') return this.tasks.filter((t) => !t.done);
    if (this.filter === 'completed') return this.tasks.filter((t) => t.done);
    return this.tasks;
  },
  openCount(list) { return list.tasks.filter((t) => !t.done).length; },

  selectList(id) {
    this.currentId = id;
    this.editingId = null;
    this.priorityOpenId = null;
  },

  addTask() {
    const text = this.newText.trim();
    if (!text) return;
    this.currentList.tasks.push({ id: this.nextId++, text, done: false, priority: 'Medium' });
    this.newText = '';
  },
  toggle(task) { task.done = !task.done; },
  toggleAll(done) { this.tasks.forEach((t) => { t.done = done; }); },
  remove(task) {
    const list = this.currentList;
    list.tasks.splice(list.tasks.indexOf(task), 1);
  },
  clearCompleted() {
    this.currentList.tasks = this.tasks.filter((t) => !t.done);
  },
  setPriority(task, value) {
    task.priority = value;
    this.priorityOpenId = null;
  },

  startEdit(task) {
    this.editingId = task.id;
    this.editText = task.text;
  },
  saveEdit(task) {
    if (this.editingId !== task.id) return;
    const text = this.editText.trim();
    this.editingId = null;
    if (text) task.text = text;
    else this.remove(task);
  },
  cancelEdit() {
    this.editingId = null;
    this.editText = '';
  },

  openNewList() {
    this.newListName = '';
    this.$refs.newListDialog.showModal();
    this.$nextTick(() => document.getElementById('new-list-name').focus());
  },
  createList() {
    const name = this.newListName.trim();
    if (!name) return;
    let id = slug(name);
    while (this.lists.some((l) => l.id === id)) id += '-2';
    this.lists.push({ id, name, tasks: [] });
    this.currentId = id;
    this.$refs.newListDialog.close();
  },
}));

window.Alpine = Alpine;
Alpine.start();
