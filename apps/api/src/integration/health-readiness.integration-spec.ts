import { createServer } from 'node:net';
import { createTestApp, type TestApp } from '../test-support/test-app';

/** A port nobody listens on: the mail relay is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

describe('readiness: a mail relay outage does not take the api out of service', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${await closedPort()}` });
  });
  afterAll(() => t.close());

  it('reports mail down in /api/health, yet /api/health/ready stays 200 while the database answers', async () => {
    const health = await t.http().get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body.mail.state).toBe('down');
    expect(health.body.database.state).toBe('up');
    const ready = await t.http().get('/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok' });
  });
});
