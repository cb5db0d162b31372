// Serves a built single-page app from a folder the way production does for the web app: precompressed .br
// siblings when the browser accepts them, index.html for every path that is not a file.
const { createServer } = require('node:http');
const { existsSync, readFileSync, statSync } = require('node:fs');
const { extname, join, normalize } = require('node:path');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.ico': 'image/x-icon' };

/** Starts the server on 127.0.0.1:port; resolves with { base, close }. */
function serveStatic(dir, port) {
  const server = createServer((req, res) => {
    let path;
    try {
      // A URL path starts with "/", so normalize() resolves any "/../" inside it without leaving dir.
      path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    } catch {
      return void res.writeHead(400).end();
    }
    let file = join(dir, path);
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', vary: 'accept-encoding' };
    const brotli = /\bbr\b/.test(req.headers['accept-encoding'] ?? '') && existsSync(`${file}.br`);
    if (brotli) headers['content-encoding'] = 'br';
    res.writeHead(200, headers);
    res.end(readFileSync(brotli ? `${file}.br` : file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ base: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) }));
  });
}

module.exports = { serveStatic };
