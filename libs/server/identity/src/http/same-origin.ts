import type { FastifyRequest } from 'fastify';

/**
 * Whether a state-changing request comes from a page of another site. Browsers send Origin with every
 * POST/PUT/PATCH/DELETE and Sec-Fetch-Site with every request; a request without either (curl, the tests,
 * old browsers) is judged by the CSRF token alone. Same origin means the Host the request was sent to
 * (also through a proxy that keeps Host, like the Angular dev server) or the configured PUBLIC_URL.
 */
export function isCrossSite(request: FastifyRequest, publicUrl: string): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return true; // "null" (sandboxed frames, file:) and garbage
  }
  if (url.origin === new URL(publicUrl).origin) return false;
  return url.host !== request.headers.host && url.host !== request.host;
}
