import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('runs embedded by default: PGlite, inline jobs, captured mail, one process', () => {
    const c = loadConfig({}, 'api');
    expect(c.role).toBe('all');
    expect(c.database.url).toBeUndefined();
    expect(c.database.runMigrations).toBe(true);
    expect(c.queue.driver).toBe('inline');
    expect(c.mail.driver).toBe('captured');
    expect(c.http.publicUrl).toBe('http://localhost:3000');
  });
  it('switches to services by configuration only', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@db/x', REDIS_URL: 'redis://r:6379', SMTP_URL: 'smtp://mail:25' }, 'api');
    expect(c.role).toBe('api');
    expect(c.queue.driver).toBe('bullmq');
    expect(c.mail.driver).toBe('smtp');
    expect(c.database.runMigrations).toBe(false);
  });
  it('names every wrong variable in one message', () => {
    expect(() => loadConfig({ PORT: 'abc', REDIS_URL: 'http://x' }, 'api')).toThrow(/PORT[\s\S]*REDIS_URL/);
  });
  it('refuses to start a worker without Redis', () => {
    expect(() => loadConfig({}, 'worker')).toThrow(ConfigError);
  });
});
