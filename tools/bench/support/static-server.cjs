// Serves a built single-page app from a folder with the plugin and options production uses for the web app
// (@fastify/static with its precompressed .br/.gz siblings; see apps/api/src/app/create-app.ts), index.html for
// every other path.
const fastify = require('fastify');
const fastifyStatic = require('@fastify/static');

/** Starts the server on 127.0.0.1:port; resolves with { base, close }. */
async function serveStatic(dir, port) {
  const app = fastify();
  await app.register(fastifyStatic, { root: dir, prefix: '/', wildcard: false, preCompressed: true, index: ['index.html'] });
  app.get('/*', (req, reply) => reply.type('text/html').sendFile('index.html'));
  await app.listen({ port, host: '127.0.0.1' });
  return { base: `http://127.0.0.1:${port}`, close: () => app.close() };
}

module.exports = { serveStatic };
