import 'reflect-metadata';
import { Controller, Get, Logger, Module, Post, RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import { createValidationPipe, HttpExceptionFilter } from '@miteinander/server-platform';
import { PUBLIC_ROUTE, REQUIRED_ROLES, SIGNED_IN_ROUTE } from '@miteinander/server-identity';
import { AppModule } from '../app/app.module';
import { resetDatabase, testConfig } from '../test-support/test-app';
import { createUser, TEST_PASSWORD } from '../test-support/people';

/** A route someone forgot to give a policy: the guard must refuse it to everyone, admin included. */
@Controller('test-unmarked')
class UnmarkedController {
  @Get()
  read(): { secret: string } {
    return { secret: 'forgot-the-decorator' };
  }

  @Post()
  write(): { written: boolean } {
    return { written: true };
  }
}

const POLICY_KEYS = [PUBLIC_ROUTE, REQUIRED_ROLES, SIGNED_IN_ROUTE];
const REQUEST_METHODS = Object.fromEntries(Object.entries(RequestMethod).map(([k, v]) => [v, k]));

/** Every handler of every controller Nest registered, with whether it carries an explicit access policy. */
function registeredRoutes(app: NestFastifyApplication): { route: string; hasPolicy: boolean }[] {
  const seen = new Set<Type>();
  const routes: { route: string; hasPolicy: boolean }[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller || seen.has(controller)) continue;
      seen.add(controller);
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        const method = REQUEST_METHODS[Reflect.getMetadata(METHOD_METADATA, handler)];
        const path = [base, String(Reflect.getMetadata(PATH_METADATA, handler) ?? '')].filter((p) => p && p !== '/').join('/');
        const hasPolicy = POLICY_KEYS.some((key) => Reflect.getMetadata(key, handler) !== undefined || Reflect.getMetadata(key, controller) !== undefined);
        routes.push({ route: `${method} /${path} (${controller.name}.${name})`, hasPolicy });
      }
    }
  }
  return routes;
}

describe('every route has an explicit access policy', () => {
  let app: NestFastifyApplication;
  let errors: string[];

  beforeAll(async () => {
    const config = testConfig();
    @Module({ imports: [AppModule.forRoot(config)], controllers: [UnmarkedController] })
    class AppWithAnUnmarkedRoute {}
    app = await NestFactory.create<NestFastifyApplication>(AppWithAnUnmarkedRoute, new FastifyAdapter(), { logger: false });
    await app.register(fastifyCookie as never);
    app.setGlobalPrefix('api/v1', { exclude: [{ path: 'api/health', method: RequestMethod.GET }, { path: 'api/health/ready', method: RequestMethod.GET }] });
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new HttpExceptionFilter());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const { DataSource } = await import('typeorm');
    const dataSource = app.get(DataSource);
    await resetDatabase(dataSource);
    await createUser({ app, dataSource } as never, 'admin@security.test', ['admin', 'coordinator', 'volunteer', 'applicant', 'reviewer']);
  });
  beforeEach(() => {
    errors = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => void errors.push(String(message)));
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => app.close());

  it('finds no route of the running app without @Public, @Roles or @SignedIn (but sees the planted one)', () => {
    const routes = registeredRoutes(app);
    const unmarked = routes.filter((r) => !r.hasPolicy).map((r) => r.route);
    // The planted controller proves the enumeration reaches every registered controller.
    expect(unmarked).toEqual(['GET /test-unmarked (UnmarkedController.read)', 'POST /test-unmarked (UnmarkedController.write)']);
    expect(routes.length).toBeGreaterThan(150);
  });

  it('refuses a route without a policy to everyone with 403 and logs an error naming it', async () => {
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@security.test', password: TEST_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const csrf = login.json().csrfToken as string;

    const signedOut = await app.inject({ method: 'GET', url: '/api/v1/test-unmarked' });
    const admin = await app.inject({ method: 'GET', url: '/api/v1/test-unmarked', headers: { cookie } });
    const adminWrite = await app.inject({ method: 'POST', url: '/api/v1/test-unmarked', headers: { cookie, 'x-xsrf-token': csrf } });
    expect([signedOut.statusCode, admin.statusCode, adminWrite.statusCode]).toEqual([403, 403, 403]);
    expect(admin.json().code).toBe('FORBIDDEN');
    expect(admin.body).not.toContain('forgot-the-decorator');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toContain('UnmarkedController.read');
  });
});
