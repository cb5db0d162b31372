import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import helmet from 'helmet';
import IORedis from 'ioredis';
import { createValidationPipe, HttpExceptionFilter, logLevels, redisOptionsFromUrl, toErrorBody, type AppConfig } from '@miteinander/server-platform';
import { AppModule } from './app.module';
import { registerRequestContext } from './request-context.hook';

/** Where the built web app is: WEB_DIST_DIR, else dist/apps/web/browser in the working directory. */
function webDistDir(config: AppConfig): string | null {
  const dir = resolve(config.http.webDistDir ?? join(process.cwd(), 'dist/apps/web/browser'));
  return existsSync(join(dir, 'index.html')) ? dir : null;
}

/** A build file whose name carries its content hash (main-DWIR6ACS.js, chunk-fJ6w-YIW.js, media/roboto-…-V3H5IIDP.woff2) never changes. */
const HASHED_FILE = /-[\w-]{8}\.\w{2,5}(\.br|\.gz)?$/;

/** Hashed files are cached for a year without revalidation; everything else (index.html, favicon) is revalidated on each use. */
function setWebCacheHeaders(res: { setHeader(name: string, value: string): void }, path: string): void {
  res.setHeader('cache-control', HASHED_FILE.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/** Builds the HTTP application (not yet listening): used by main.ts and by the API tests alike. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: config.http.bodyLimit, trustProxy: config.http.trustProxyHops || false });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: logLevels(config),
    bufferLogs: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  registerRequestContext(fastify);
  await app.register(fastifyCookie as never);
  // Uploads (micro-project attachments) stream through; one file per request, cut off at the configured size.
  await app.register(fastifyMultipart as never, { limits: { fileSize: config.rules.grants.maxAttachmentBytes, files: 1, fields: 5 } });
  // helmet's middleware, built once: @fastify/helmet rebuilt it (and re-parsed the CSP) on every request.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  fastify.addHook('onRequest', (req, reply, done) => securityHeaders(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined)));
  // Shared across api processes when Redis is there; per process otherwise.
  const rateLimitRedis = config.queue.redisUrl ? new IORedis({ ...redisOptionsFromUrl(config.queue.redisUrl), maxRetriesPerRequest: 1 }) : undefined;
  if (rateLimitRedis) fastify.addHook('onClose', async () => void (await rateLimitRedis.quit()));
  await app.register(fastifyRateLimit as never, {
    max: config.http.rateLimitPerMinute,
    timeWindow: '1 minute',
    redis: rateLimitRedis,
    // Under the deployment's QUEUE_PREFIX, so two deployments (or test runs) sharing one Redis keep their own counts.
    nameSpace: `${config.queue.prefix}:rate-limit:`,
    // Redis down must not take the API down with it: requests pass unlimited until it is back.
    skipOnError: true,
    // Only the API is limited: one page load fetches many static files, and an office may share one IP.
    allowList: (req: { url: string }) => !req.url.startsWith('/api/'),
    errorResponseBuilder: (_req: unknown, ctx: { after: string }) => ({ statusCode: 429, code: 'TOO_MANY_ATTEMPTS', message: `Too many requests, retry in ${ctx.after}` }),
  } as never);

  app.setGlobalPrefix('api/v1', { exclude: [{ path: 'api/health', method: RequestMethod.GET }, { path: 'api/health/ready', method: RequestMethod.GET }] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('Miteinander API').setDescription('Volunteer and sponsorship management').setVersion('1').addCookieAuth('mit_session').build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  const web = config.role !== 'worker' ? webDistDir(config) : null;
  if (web) {
    await app.register(fastifyStatic as never, { root: web, prefix: '/', wildcard: false, preCompressed: true, index: ['index.html'], cacheControl: false, setHeaders: setWebCacheHeaders });
    // Deep links into the single-page app load index.html; unknown API paths stay JSON 404s.
    fastify.get('/*', (req, reply) => {
      if (req.url.startsWith('/api/') || /\.\w{1,5}(\?|$)/.test(req.url)) {
        const { body } = toErrorBody(Object.assign(new Error('not found'), { statusCode: 404 }));
        return reply.status(404).send(body);
      }
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    });
  } else if (config.role !== 'worker' && config.env !== 'test') {
    new Logger('Web').warn('The web app is not built (dist/apps/web/browser missing): only the API is served. Run `npm run build`.');
  }
  return app;
}
