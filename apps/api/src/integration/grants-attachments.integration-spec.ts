import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SignedIn } from '../test-support/people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { grantsApi, insertCall, person, validData } from './grant-fixtures';
import { binary } from './grant-review-fixtures';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
/** A real 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
/** What a Windows program starts with. */
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]);

/** Every file (not directory) below `dir`. */
function filesIn(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    out = statSync(p).isDirectory() ? out.concat(filesIn(p)) : out.concat(p);
  }
  return out;
}

describe('micro-projects: attachments are checked by content and size, stored outside the web root, readable only by those allowed', () => {
  let t: TestApp;
  let filesDir: string;
  let anna: SignedIn;
  let ben: SignedIn;
  let coord: SignedIn;
  let reviewer: SignedIn;
  let callId: string;
  let appId: string;

  const stored = async (): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM grant_attachments`))[0].n;
  const download = (who: SignedIn, attachmentId: string) =>
    grantsApi(who).get(`/grants/applications/${appId}/attachments/${attachmentId}`).buffer(true).parse(binary);

  beforeAll(async () => {
    filesDir = mkdtempSync(join(tmpdir(), 'grant-files-'));
    t = await createTestApp({ GRANT_FILES_DIR: filesDir });
    anna = await person(t, 'anna@example.org', ['applicant']);
    ben = await person(t, 'ben@example.org', ['applicant']);
    coord = await person(t, 'koordination@example.org', ['coordinator']);
    reviewer = await person(t, 'gutachter@example.org', ['reviewer']);
    callId = await insertCall(t);
    const created = await grantsApi(anna).post('/grants/applications', { callId });
    appId = created.body.id;
    await grantsApi(anna).patch(`/grants/applications/${appId}`, { data: await validData(t) });
  }, 120_000);
  afterAll(async () => {
    await t.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('a small PDF is accepted and downloadable by the owner and a coordinator, not by another applicant (404)', async () => {
    const up = await grantsApi(anna).upload(`/grants/applications/${appId}/attachments`, PDF, 'Kostenplan Übersicht.pdf');
    expect(up.status).toBe(201);
    expect(up.body).toEqual(expect.objectContaining({ fileName: 'Kostenplan Übersicht.pdf', contentType: 'application/pdf', sizeBytes: PDF.length }));
    // On disk under a random key, never under the user's name.
    const files = filesIn(filesDir);
    expect(files).toHaveLength(1);
    expect(files[0]).not.toContain('Kostenplan');
    expect((statSync(filesDir).mode & 0o777).toString(8)).toBe('700');

    for (const who of [anna, coord]) {
      const res = await download(who, up.body.id);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toContain('attachment;');
      expect(res.headers['content-disposition']).toContain(encodeURIComponent('Kostenplan Übersicht.pdf'));
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(Buffer.compare(res.body as Buffer, PDF)).toBe(0);
    }
    const other = await download(ben, up.body.id);
    expect(other.status).toBe(404);
    const view = await grantsApi(anna).get(`/grants/applications/${appId}`);
    expect(view.body.attachments.map((a: { id: string }) => a.id)).toEqual([up.body.id]);
  });

  it('a PNG is typed by its content: named .pdf it is still stored as image/png', async () => {
    const up = await grantsApi(anna).upload(`/grants/applications/${appId}/attachments`, PNG, 'foto.pdf');
    expect(up.status).toBe(201);
    expect(up.body.contentType).toBe('image/png');
    const res = await download(anna, up.body.id);
    expect(res.headers['content-type']).toBe('image/png');
  });

  it('an executable renamed to antrag.pdf is refused with 415; nothing is stored', async () => {
    const before = await stored();
    const diskBefore = filesIn(filesDir).length;
    const res = await grantsApi(anna).upload(`/grants/applications/${appId}/attachments`, EXE, 'antrag.pdf');
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(res.body.message).toBe('Nur PDF, JPEG oder PNG sind erlaubt.');
    expect(res.body.errors).toEqual([{ field: 'file', message: 'Datei: Nur PDF, JPEG oder PNG. Diese Datei ist keines davon.' }]);
    expect(await stored()).toBe(before);
    expect(filesIn(filesDir)).toHaveLength(diskBefore);
  });

  it('a 50 MB file is refused with 413 naming the limit; nothing is stored on disk or in the table', async () => {
    const before = await stored();
    const diskBefore = filesIn(filesDir).length;
    const big = Buffer.alloc(50 * 1024 * 1024 + 1, 0x20);
    PDF.copy(big);
    const res = await grantsApi(anna).upload(`/grants/applications/${appId}/attachments`, big, 'gross.pdf');
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(res.body.errors).toEqual([{ field: 'file', message: 'Datei: Die Datei ist zu groß. Höchstens 10 MB sind möglich.' }]);
    expect(await stored()).toBe(before);
    expect(filesIn(filesDir)).toHaveLength(diskBefore);
  }, 60_000);

  it("another applicant cannot upload to or delete from someone's application (404); a request without a file is a 400", async () => {
    const before = await stored();
    expect((await grantsApi(ben).upload(`/grants/applications/${appId}/attachments`, PDF, 'x.pdf')).status).toBe(404);
    const [first] = await t.dataSource.query(`SELECT id FROM grant_attachments WHERE application_id = $1 ORDER BY uploaded_at LIMIT 1`, [appId]);
    expect((await grantsApi(ben).delete(`/grants/applications/${appId}/attachments/${first.id}`)).status).toBe(404);
    expect(await stored()).toBe(before);
    const none = await grantsApi(anna).post(`/grants/applications/${appId}/attachments`, {});
    expect(none.status).toBe(400);
    expect(none.body.errors[0].field).toBe('file');
  });

  it('at most 10 attachments per application (409); the owner deletes one while editable, its file is gone', async () => {
    while ((await stored()) < 10) expect((await grantsApi(anna).upload(`/grants/applications/${appId}/attachments`, PNG, 'bild.png')).status).toBe(201);
    const eleventh = await grantsApi(anna).upload(`/grants/applications/${appId}/attachments`, PNG, 'bild.png');
    expect(eleventh.status).toBe(409);
    expect(eleventh.body.message).toBe('Höchstens 10 Anhänge pro Antrag sind möglich.');
    expect(await stored()).toBe(10);
    expect(filesIn(filesDir)).toHaveLength(10);

    const [last] = await t.dataSource.query(`SELECT id FROM grant_attachments WHERE application_id = $1 ORDER BY uploaded_at DESC LIMIT 1`, [appId]);
    expect((await grantsApi(anna).delete(`/grants/applications/${appId}/attachments/${last.id}`)).status).toBe(204);
    expect(await stored()).toBe(9);
    expect(filesIn(filesDir)).toHaveLength(9);
    expect((await download(anna, last.id)).status).toBe(404);
  });

  it('reviewers read the files only from review on and not after declaring a conflict; after submission the owner cannot delete', async () => {
    const [first] = await t.dataSource.query(`SELECT id FROM grant_attachments WHERE application_id = $1 ORDER BY uploaded_at LIMIT 1`, [appId]);
    expect((await download(reviewer, first.id)).status).toBe(404);
    // Attachments are optional for the submission; here there are some.
    expect((await grantsApi(anna).post(`/grants/applications/${appId}/submit`)).status).toBe(200);
    expect((await download(reviewer, first.id)).status).toBe(404);
    const del = await grantsApi(anna).delete(`/grants/applications/${appId}/attachments/${first.id}`);
    expect(del.status).toBe(409);
    expect((await grantsApi(anna).upload(`/grants/applications/${appId}/attachments`, PDF, 'spaet.pdf')).status).toBe(409);

    await grantsApi(coord).post(`/grants/applications/${appId}/precheck`, { decision: 'accept' });
    const ok = await download(reviewer, first.id);
    expect(ok.status).toBe(200);
    expect(Buffer.compare(ok.body as Buffer, PDF)).toBe(0);
    await t.dataSource.query(`INSERT INTO grant_conflicts (application_id, reviewer_id, reason) VALUES ($1, $2, 'Mein Verein')`, [appId, reviewer.userId]);
    expect((await download(reviewer, first.id)).status).toBe(404);
  });

  it('an application may be submitted without any attachment', async () => {
    const created = await grantsApi(ben).post('/grants/applications', { callId });
    await grantsApi(ben).patch(`/grants/applications/${created.body.id}`, { data: await validData(t) });
    const res = await grantsApi(ben).post(`/grants/applications/${created.body.id}/submit`);
    expect(res.status).toBe(200);
    expect(res.body.attachments).toEqual([]);
  });
});
