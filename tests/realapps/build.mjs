// Bundles each app under apps/<name>/ with esbuild into <cache>/dist/<name>/.
//   node build.mjs [--force] [name ...]
// Cache: $REALAPPS_CACHE or <repo>/.pacts/realapps (node_modules installed there by ./serve).
// An app is rebuilt only when a file under apps/<name>/, this script or the installed packages
// are newer than its last build. A failed app is reported and the others are still built.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const APPS = ['shop', 'todo', 'admin', 'account', 'wizard', 'flights'];

const here = path.dirname(fileURLToPath(import.meta.url));
const cache = process.env.REALAPPS_CACHE || path.resolve(here, '../../.pacts/realapps');
const nodeModules = path.join(cache, 'node_modules');
const distRoot = path.join(cache, 'dist');

function newestMtime(p) {
  let st;
  try { st = fs.statSync(p); } catch { return 0; }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function copyDir(from, to) {
  if (!fs.existsSync(from)) return;
  fs.cpSync(from, to, { recursive: true, dereference: true });
}

async function buildApp(esbuild, name, force) {
  const src = path.join(here, 'apps', name);
  const out = path.join(distRoot, name);
  const stamp = path.join(out, '.built');
  if (!fs.existsSync(src)) return 'missing';
  const entry = ['src/main.jsx', 'src/main.js', 'src/main.tsx', 'src/main.ts']
    .map((e) => path.join(src, e)).find((e) => fs.existsSync(e));
  if (!entry) { console.error(`build: ${name}: no src/main.js or src/main.jsx`); return 'failed'; }
  if (!fs.existsSync(path.join(src, 'index.html'))) { console.error(`build: ${name}: no index.html`); return 'failed'; }

  const inputs = Math.max(newestMtime(src), newestMtime(fileURLToPath(import.meta.url)),
    newestMtime(path.join(cache, '.lock-sha256')));
  if (!force && fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= inputs) return 'fresh';

  const started = Date.now();
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  try {
    await esbuild.build({
      entryPoints: { main: entry },
      bundle: true,
      outdir: out,
      format: 'esm',
      target: 'es2022',
      platform: 'browser',
      minify: true,
      sourcemap: 'linked',
      jsx: 'automatic',
      nodePaths: [nodeModules],
      publicPath: '/',
      assetNames: 'assets/[name]-[hash]',
      loader: {
        '.png': 'file', '.jpg': 'file', '.jpeg': 'file', '.gif': 'file', '.svg': 'file', '.webp': 'file',
        '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file',
      },
      define: {
        'process.env.NODE_ENV': '"production"',
        'process.env': '{}', // packages that read other variables (Vuetify's VITE_LOGGER_ENABLED) get undefined
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      // Vue apps write their templates as strings: use the build of Vue that compiles them.
      alias: { vue: 'vue/dist/vue.esm-bundler.js' },
      logLevel: 'warning',
    });
  } catch (err) {
    console.error(`build: ${name}: failed (${err.message.split('\n')[0]})`);
    return 'failed';
  }
  // The page always links /main.css: write an empty one when the code imports no CSS.
  if (!fs.existsSync(path.join(out, 'main.css'))) fs.writeFileSync(path.join(out, 'main.css'), '');
  fs.copyFileSync(path.join(src, 'index.html'), path.join(out, 'index.html'));
  copyDir(path.join(src, 'public'), out);
  // Optional apps/<name>/assets.json: { "copy": { "<path under node_modules>": "<path under the app's dist>" } }
  const assets = path.join(src, 'assets.json');
  if (fs.existsSync(assets)) {
    const { copy = {} } = JSON.parse(fs.readFileSync(assets, 'utf8'));
    for (const [from, to] of Object.entries(copy)) copyDir(path.join(nodeModules, from), path.join(out, to));
  }
  fs.writeFileSync(stamp, new Date().toISOString() + '\n');
  console.error(`build: ${name}: built in ${Date.now() - started} ms`);
  return 'built';
}

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const wanted = args.filter((a) => !a.startsWith('--'));
  const names = wanted.length ? wanted : APPS;
  if (!fs.existsSync(nodeModules)) {
    console.error(`build: no packages in ${nodeModules}: run tests/realapps/serve (it installs them) first`);
    process.exit(1);
  }
  const esbuild = createRequire(path.join(nodeModules, 'noop.js'))('esbuild');
  let failed = 0;
  for (const name of names) {
    const result = await buildApp(esbuild, name, force);
    if (result === 'failed') failed++;
    if (result === 'missing' && wanted.length) { console.error(`build: ${name}: no apps/${name}/`); failed++; }
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
