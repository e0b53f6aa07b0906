// One Node server for all the real apps: each app on its own port on 127.0.0.1.
//   node server.mjs [--port-base N]   (default 8080; order shop, todo, admin, account, wizard, flights)
// Per request: the app's optional apps/<name>/api.mjs `handle(req, res, url)` first (true = answered),
// then the static files of <cache>/dist/<name>/, then index.html for any other page path (history API).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const APPS = ['shop', 'todo', 'admin', 'account', 'wizard', 'flights'];
const here = path.dirname(fileURLToPath(import.meta.url));
const cache = process.env.REALAPPS_CACHE || path.resolve(here, '../../.pacts/realapps');
const distRoot = path.join(cache, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.webp': 'image/webp', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject', '.txt': 'text/plain; charset=utf-8', '.pdf': 'application/pdf',
};

let portBase = 8080;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--port-base') portBase = Number(argv[++i]);
  else if (argv[i].startsWith('--port-base=')) portBase = Number(argv[i].slice(12));
}
if (!Number.isInteger(portBase) || portBase < 1 || portBase > 65530) {
  console.error('server: --port-base must be a port number');
  process.exit(2);
}

function sendFile(res, file, method) {
  const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
  const size = fs.statSync(file).size;
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': size, 'Cache-Control': 'no-store' });
  if (method === 'HEAD') return res.end();
  fs.createReadStream(file).pipe(res);
}

function staticHandler(dist) {
  return (req, res, url) => {
    let rel;
    try { rel = decodeURIComponent(url.pathname); } catch { rel = url.pathname; }
    const file = path.join(dist, path.normalize(rel));
    if (file.startsWith(dist + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return sendFile(res, file, req.method);
    }
    // History-API fallback: a page path (no file extension) gets the app's index.html.
    const isAsset = /\.[a-z0-9]{1,6}$/i.test(url.pathname) && !(req.headers.accept || '').includes('text/html');
    if ((req.method === 'GET' || req.method === 'HEAD') && !isAsset) {
      return sendFile(res, path.join(dist, 'index.html'), req.method);
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
  };
}

const servers = [];
const lines = [];
for (const [i, name] of APPS.entries()) {
  const dist = path.join(distRoot, name);
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    console.error(`server: ${name}: not built (no apps/${name}/ or its build failed), not served`);
    continue;
  }
  const apiFile = path.join(here, 'apps', name, 'api.mjs');
  const api = fs.existsSync(apiFile) ? await import(pathToFileURL(apiFile).href) : null;
  const serveStatic = staticHandler(dist);
  const port = portBase + i;
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, `http://127.0.0.1:${port}`);
    try {
      if (api && typeof api.handle === 'function' && (await api.handle(req, res, url))) return;
      serveStatic(req, res, url);
    } catch (err) {
      console.error(`server: ${name}: ${req.method} ${req.url}: ${err.stack || err}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal error\n');
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  }).catch((err) => {
    console.error(`server: ${name}: cannot listen on 127.0.0.1:${port}: ${err.message}`);
    process.exit(1);
  });
  servers.push(server);
  lines.push(`${name} http://127.0.0.1:${port}/`);
}
for (const line of lines) console.log(line);
console.log('ready');

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  for (const s of servers) { s.close(); s.closeAllConnections?.(); }
  setTimeout(() => process.exit(0), 200).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
