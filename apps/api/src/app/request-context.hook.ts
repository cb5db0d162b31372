import { AsyncResource } from 'node:async_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@miteinander/contracts';
import { requestContext } from '@miteinander/server-platform';

const RESOURCE = Symbol('requestContextResource');
type WithResource = FastifyRequest & { [RESOURCE]?: AsyncResource };

/** The first supported language in Accept-Language (the web app sends its current UI language). */
export function pickLocale(header: string | undefined): Locale {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return DEFAULT_LOCALE;
}

/**
 * One context per request. Body parsing runs on stream callbacks that lose the async context,
 * so the request's AsyncResource is re-entered before validation (as @fastify/request-context does).
 */
export function registerRequestContext(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (req, _reply, done) => {
    requestContext.run({ actorId: null, locale: pickLocale(req.headers['accept-language']), ip: req.ip }, () => {
      const resource = new AsyncResource('miteinander-request');
      (req as WithResource)[RESOURCE] = resource;
      resource.runInAsyncScope(done, req.raw);
    });
  });
  fastify.addHook('preValidation', (req, _reply, done) => {
    const resource = (req as WithResource)[RESOURCE];
    if (resource) resource.runInAsyncScope(done, req.raw);
    else done();
  });
}
