import type { FastifyRequest } from 'fastify';
import { isCrossSite } from './same-origin';

const req = (headers: Record<string, string>, host = headers['host']): FastifyRequest => ({ headers, host }) as unknown as FastifyRequest;
const PUBLIC = 'https://miteinander.landkreis.example';

describe('isCrossSite', () => {
  it('lets through our own pages and clients that send no origin at all', () => {
    expect(isCrossSite(req({ host: 'localhost:3000', origin: 'http://localhost:3000' }), PUBLIC)).toBe(false);
    expect(isCrossSite(req({ host: 'api-1:3000', origin: 'https://miteinander.landkreis.example' }), PUBLIC)).toBe(false);
    expect(isCrossSite(req({ host: 'localhost:3000', 'sec-fetch-site': 'same-origin' }), PUBLIC)).toBe(false);
    expect(isCrossSite(req({ host: 'localhost:3000' }), PUBLIC)).toBe(false);
  });

  it('refuses other sites, other ports, opaque and broken origins, and what the browser itself calls cross-site', () => {
    expect(isCrossSite(req({ host: 'localhost:3000', origin: 'https://boese.example.net' }), PUBLIC)).toBe(true);
    expect(isCrossSite(req({ host: 'localhost:3000', origin: 'http://localhost:4444' }), PUBLIC)).toBe(true);
    expect(isCrossSite(req({ host: 'localhost:3000', origin: 'https://miteinander.landkreis.example.evil.net' }), PUBLIC)).toBe(true);
    expect(isCrossSite(req({ host: 'localhost:3000', origin: 'null' }), PUBLIC)).toBe(true);
    expect(isCrossSite(req({ host: 'localhost:3000', origin: '::garbage' }), PUBLIC)).toBe(true);
    expect(isCrossSite(req({ host: 'localhost:3000', origin: 'http://localhost:3000', 'sec-fetch-site': 'cross-site' }), PUBLIC)).toBe(true);
  });
});
