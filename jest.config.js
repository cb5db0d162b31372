// Two suites: `unit` (pure, fast, no I/O) and `integration` (real PostgreSQL: embedded PGlite by default,
// the server when DATABASE_URL is set; real Redis/BullMQ when REDIS_URL is set).
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
    },
  ],
};

const common = { rootDir: __dirname, transform, moduleNameMapper, testEnvironment: 'node', modulePathIgnorePatterns: ['<rootDir>/dist/'] };

module.exports = {
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'], testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/', '<rootDir>/apps/web-e2e/'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.integration-spec.ts'],
      // The worker's fault tests (kill -9, SIGTERM, Redis restart) need Redis and the PostgreSQL server.
      testPathIgnorePatterns: [
        '/node_modules/',
        ...(process.env.REDIS_URL ? [] : ['<rootDir>/apps/worker/src/(worker-crash|worker-shutdown|redis-restart|scale-out)\\.integration-spec\\.ts$']),
        // The backup round trip runs pg_dump/pg_restore against the PostgreSQL server.
        ...(process.env.DATABASE_URL ? [] : ['<rootDir>/apps/api/src/integration/backup-restore\\.integration-spec\\.ts$']),
      ],
      globalSetup: '<rootDir>/tools/test/global-setup.ts',
      globalTeardown: '<rootDir>/tools/test/global-teardown.ts',
    },
  ],
};
