import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QueueName, REPORT_NAMES, type Report } from '@miteinander/contracts';
import { Clock } from '@miteinander/server-platform';
import { RetentionScheduler, RetentionService } from '@miteinander/server-privacy';
import { createTestApp, waitFor, type TestApp } from '../test-support/test-app';
import { createUser, type SignedIn } from '../test-support/people';
import { seedCardRules } from './card-fixtures';
import { insertApplication, insertCall, validData } from './grant-fixtures';
import { staff } from './hours-fixtures';
import { fetchReport } from './report-fixtures';
import { addSponsorships } from './report-fixtures-people';
import { municipalityId } from './sponsorship-fixtures';
import { insertPoliceCheck } from './police-certificate-fixture';

/** The run's "now": every record is seeded relative to it, a day or two either side of each limit. */
const NOW = new Date('2026-11-20T10:00:00Z');
const DAY = 86_400_000;
const yearsAgo = (years: number, plusDays = 0): Date => {
  const d = new Date(NOW);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return new Date(d.getTime() - plusDays * DAY);
};
const monthsAgo = (months: number, plusDays = 0): Date => {
  const d = new Date(NOW);
  d.setUTCMonth(d.getUTCMonth() - months);
  return new Date(d.getTime() - plusDays * DAY);
};
const dateOf = (d: Date): string => d.toISOString().slice(0, 10);
const KEY_OLD = 'a'.repeat(48);
const KEY_RECENT = 'b'.repeat(48);

describe('retention: the deletion periods run as a scheduled, logged, idempotent job', () => {
  let t: TestApp;
  let coord: SignedIn;
  let filesDir: string;
  const id: Record<string, string> = {};

  async function volunteer(name: string, status: string, history: [string, Date][], createdAt = yearsAgo(6)): Promise<string> {
    const [{ id: vid }] = await t.dataSource.query(
      `INSERT INTO volunteers (first_name, last_name, email, phone, notes, status, created_at, updated_at, gender, date_of_birth, municipality_id)
       VALUES ($1, 'Muster', $2, '0341 000', 'Notiz', $3, $4, $4, 'female', '1980-05-01', $5) RETURNING id`,
      [name, `${name.toLowerCase()}@example.org`, status, createdAt, await municipalityId(t, 'Grimma')],
    );
    for (const [to, at] of history) {
      await t.dataSource.query(`INSERT INTO volunteer_status_changes (volunteer_id, to_status, reason, changed_at) VALUES ($1, $2, 'Test', $3)`, [vid, to, at]);
    }
    return vid;
  }
  const certificate = (vid: string) =>
    insertPoliceCheck(t.dataSource, vid, { inspectionDate: '2022-01-10', issueDate: '2022-01-05' });
  const hourEntry = (vid: string, at: Date) =>
    t.dataSource.query(`INSERT INTO hour_entries (volunteer_id, activity_date, minutes, activity, status, note, created_at, updated_at) VALUES ($1, $2, 120, 'Begleitung', 'approved', 'mit Familie K.', $3, $3)`, [vid, dateOf(at), at]);

  async function cardApplication(vid: string, decidedAt: Date): Promise<string> {
    const [{ id: ruleSet }] = await t.dataSource.query(`SELECT id FROM card_rule_sets ORDER BY code, version LIMIT 1`);
    const [{ id: aid }] = await t.dataSource.query(
      `INSERT INTO card_applications (volunteer_id, rule_set_id, status, received_at, eligibility, flagged_not_eligible, declared_allowance_cents, note, status_token_hash,
                                      status_token_expires_at, approved, decision_reason, decided_at, updated_at)
       VALUES ($1, $2, 'rejected', $3, '{"eligible":false}'::jsonb, true, 5000, 'Krankheit im Frühjahr', md5(random()::text), $3, false, 'zu wenige Stunden', $3, $3) RETURNING id`,
      [vid, ruleSet, decidedAt],
    );
    return aid;
  }

  async function grantApplication(applicantId: string, callId: string, status: 'rejected' | 'closed', at: Date, storageKey?: string): Promise<string> {
    const aid = await insertApplication(t, { callId, applicantId, status: 'submitted', data: await validData(t) });
    await t.dataSource.query(
      `UPDATE grant_applications SET status = $2, decided_at = $3, closed_at = CASE WHEN $2 = 'closed' THEN $3::timestamptz END, decision_reason = 'Begründung',
              approved_cents = CASE WHEN $2 = 'closed' THEN 100000 END WHERE id = $1`,
      [aid, status, at],
    );
    if (storageKey) {
      await writeFile(join(filesDir, storageKey), 'receipt');
      await t.dataSource.query(`INSERT INTO grant_attachments (application_id, file_name, content_type, size_bytes, sha256, storage_key) VALUES ($1, 'Beleg Müller.pdf', 'application/pdf', 7, 'x', $2)`, [aid, storageKey]);
    }
    return aid;
  }

  const closedSponsorship = async (endDate: Date, volunteerId: string): Promise<string> =>
    (
      await addSponsorships(t, {
        n: 1, kind: 'family', municipalityId: await municipalityId(t, 'Grimma'), requestedAt: `${dateOf(yearsAgo(6))} 10:00`,
        transitions: [['inquiry', `${dateOf(yearsAgo(6))} 10:00`], ['closed', `${dateOf(endDate)} 10:00`]], endDate: dateOf(endDate), endReason: 'goal_reached', trialStart: dateOf(yearsAgo(5)), volunteerId,
      })
    )[0]!;

  const reports = async (): Promise<Report[]> =>
    Promise.all(REPORT_NAMES.map((name) => fetchReport(coord, name, { from: '2019-01-01', to: '2026-12-31' })));
  const beneficiaryOf = async (sponsorshipId: string) =>
    (await t.dataSource.query(`SELECT b.name, b.phone, b.address FROM beneficiaries b JOIN sponsorships s ON s.beneficiary_id = b.id WHERE s.id = $1`, [sponsorshipId]))[0];
  const feedback = (message: string, receivedAt: Date) =>
    t.dataSource.query(`INSERT INTO accessibility_feedback (page, message, email, created_at) VALUES ('Stunden eintragen', $1, 'melder@example.org', $2)`, [message, receivedAt]);
  const feedbackKept = async (): Promise<string[]> =>
    (await t.dataSource.query(`SELECT message FROM accessibility_feedback ORDER BY created_at`)).map((r: { message: string }) => r.message);
  const certificates = async (): Promise<string[]> =>
    (await t.dataSource.query(`SELECT v.first_name FROM police_certificate_checks p JOIN volunteers v ON v.id = p.volunteer_id ORDER BY 1`)).map((r: { first_name: string }) => r.first_name);

  beforeAll(async () => {
    filesDir = await mkdtemp(join(tmpdir(), 'retention-files-'));
    await mkdir(filesDir, { recursive: true });
    t = await createTestApp({ GRANT_FILES_DIR: filesDir });
    await seedCardRules(t);
    coord = await staff(t, 'koordination@example.org');
    t.app.get(Clock).set(NOW);

    // Police certificates (3 months after leaving; at once if never active).
    id['leftLongAgo'] = await volunteer('Anton', 'left', [['interested', yearsAgo(2)], ['active', yearsAgo(2)], ['left', monthsAgo(3, 1)]]);
    id['leftRecently'] = await volunteer('Berta', 'left', [['interested', yearsAgo(2)], ['active', yearsAgo(2)], ['left', monthsAgo(3, -1)]]);
    id['neverStarted'] = await volunteer('Carl', 'left', [['interested', monthsAgo(1)], ['left', monthsAgo(0, 1)]]);
    id['stillActive'] = await volunteer('Dora', 'active', [['interested', yearsAgo(2)], ['active', yearsAgo(2)]]);
    for (const v of ['leftLongAgo', 'leftRecently', 'neverStarted', 'stillActive']) await certificate(id[v]!);
    await hourEntry(id['stillActive']!, monthsAgo(1));

    // Inactive volunteers (3 years without any activity): Emil's last sign of life is 3 years and a day ago.
    const emilUser = await createUser(t, 'emil@example.org', ['volunteer']);
    id['inactive'] = await volunteer('Emil', 'active', [['interested', yearsAgo(5)], ['active', yearsAgo(3, 1)]]);
    await t.dataSource.query(`UPDATE volunteers SET user_id = $2 WHERE id = $1`, [id['inactive'], emilUser.id]);
    await certificate(id['inactive']!);
    await hourEntry(id['inactive']!, yearsAgo(3, 2));
    id['hoursRecently'] = await volunteer('Frieda', 'active', [['interested', yearsAgo(5)], ['active', yearsAgo(5)]]);
    await hourEntry(id['hoursRecently']!, yearsAgo(3, -1));

    // Rejected card applications (1 year after the decision).
    id['cardOld'] = await cardApplication(id['hoursRecently']!, yearsAgo(1, 1));
    id['cardRecent'] = await cardApplication(id['hoursRecently']!, yearsAgo(1, -1));

    // Micro-projects: rejected (1 year), closed (5 years after closing).
    const applicant = await createUser(t, 'antrag@example.org', ['applicant']);
    const callId = await insertCall(t, { year: 2020 });
    id['grantRejectedOld'] = await grantApplication(applicant.id, callId, 'rejected', yearsAgo(1, 1));
    id['grantRejectedRecent'] = await grantApplication(applicant.id, callId, 'rejected', yearsAgo(1, -1));
    id['grantClosedOld'] = await grantApplication(applicant.id, callId, 'closed', yearsAgo(5, 1), KEY_OLD);
    id['grantClosedRecent'] = await grantApplication(applicant.id, callId, 'closed', yearsAgo(5, -1), KEY_RECENT);

    // Closed sponsorships (3 years after the end): the family's personal fields.
    id['sponsorshipOld'] = await closedSponsorship(yearsAgo(3, 2), id['hoursRecently']!);
    id['sponsorshipRecent'] = await closedSponsorship(yearsAgo(3, -2), id['hoursRecently']!);
    await t.dataSource.query(`UPDATE beneficiaries SET phone = '0341 111', address = 'Markt 1, Grimma'`);
    await t.dataSource.query(`UPDATE sponsorships SET updated_at = end_date::timestamptz`);

    // Accessibility feedback (12 months after receipt).
    await feedback('Knopf mit Screenreader nicht erreichbar', monthsAgo(12, 1));
    await feedback('Kontrast im Kalender zu schwach', monthsAgo(12, -1));
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await rm(filesDir, { recursive: true, force: true });
  });

  it('removes exactly the records past their limit, keeps the figures, and logs counts without names', async () => {
    const before = await reports();
    const run = await t.app.get(RetentionService).run();

    expect(run.counts).toEqual({ policeCertificates: 2, inactiveVolunteers: 1, rejectedCardApplications: 1, rejectedGrantApplications: 1, closedSponsorships: 1, grantRecords: 1, accessibilityFeedback: 1 });
    // Anton left 3 months and a day ago, Carl never started; Berta left a day short of the limit; Emil was anonymised.
    expect(await certificates()).toEqual(['Berta', 'Dora']);

    const people = await t.dataSource.query(`SELECT id, first_name, last_name, email, phone, notes, status, gender, date_of_birth::text FROM volunteers WHERE id = ANY($1::uuid[]) ORDER BY created_at, first_name`, [[id['inactive'], id['hoursRecently']]]);
    const emil = people.find((p: { id: string }) => p.id === id['inactive']);
    const frieda = people.find((p: { id: string }) => p.id === id['hoursRecently']);
    // Erased as an Art. 17 erasure does: a nameless shell (the figures count by id and status), the account gone, in the ledger.
    expect(emil).toEqual({ id: id['inactive'], first_name: 'gelöscht', last_name: 'gelöscht', email: null, phone: null, notes: null, status: 'active', gender: null, date_of_birth: null });
    expect(frieda).toMatchObject({ first_name: 'Frieda', email: 'frieda@example.org', phone: '0341 000' });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = 'emil@example.org'`)).toEqual([{ n: 0 }]);
    expect(await t.dataSource.query(`SELECT subject_type FROM erasure_ledger WHERE subject_id = $1`, [id['inactive']])).toEqual([{ subject_type: 'volunteer' }]);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM hour_entries WHERE volunteer_id = $1 AND note IS NOT NULL`, [id['inactive']])).toEqual([{ n: 0 }]);

    expect(await t.dataSource.query(`SELECT id, note, decision_reason, status, declared_allowance_cents FROM card_applications ORDER BY decided_at`)).toEqual([
      { id: id['cardOld'], note: null, decision_reason: null, status: 'rejected', declared_allowance_cents: 5000 },
      { id: id['cardRecent'], note: 'Krankheit im Frühjahr', decision_reason: 'zu wenige Stunden', status: 'rejected', declared_allowance_cents: 5000 },
    ]);

    const grants: { id: string; status: string; title: string | null; field: string; requested_cents: number; reason: string | null; versions: number; attachments: number }[] = await t.dataSource.query(
      `SELECT a.id, a.status, a.data->>'title' AS title, a.data->>'fieldOfAction' AS field, a.requested_cents, a.decision_reason AS reason,
              (SELECT count(*)::int FROM grant_application_versions v WHERE v.application_id = a.id) AS versions,
              (SELECT count(*)::int FROM grant_attachments x WHERE x.application_id = a.id) AS attachments
         FROM grant_applications a`,
    );
    const grant = (key: string) => grants.find((g) => g.id === id[key]);
    expect(grant('grantRejectedOld')).toMatchObject({ status: 'rejected', title: null, field: 'cohesion', requested_cents: 150_000, reason: null, versions: 0 });
    expect(grant('grantRejectedRecent')).toMatchObject({ title: 'Nachbarschaftsfest am Muldeufer', reason: 'Begründung', versions: 1 });
    expect(grant('grantClosedOld')).toMatchObject({ status: 'closed', title: null, field: 'cohesion', versions: 0, attachments: 0 });
    expect(grant('grantClosedRecent')).toMatchObject({ title: 'Nachbarschaftsfest am Muldeufer', versions: 1, attachments: 1 });
    await expect(stat(join(filesDir, KEY_OLD))).rejects.toThrow('ENOENT');
    expect((await stat(join(filesDir, KEY_RECENT))).size).toBe(7);

    expect(await beneficiaryOf(id['sponsorshipOld']!)).toEqual({ name: 'gelöscht', phone: null, address: null });
    expect(await beneficiaryOf(id['sponsorshipRecent']!)).toEqual({ name: 'Familie 1', phone: '0341 111', address: 'Markt 1, Grimma' });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM sponsorship_transitions WHERE sponsorship_id = $1`, [id['sponsorshipOld']])).toEqual([{ n: 2 }]);

    // The feedback received 12 months and a day ago is gone, with its reply address; the one a day short stays.
    expect(await feedbackKept()).toEqual(['Kontrast im Kalender zu schwach']);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM accessibility_feedback WHERE email = 'melder@example.org'`)).toEqual([{ n: 1 }]);

    expect(await reports()).toEqual(before);

    const runs = await t.dataSource.query(`SELECT started_at, finished_at, counts, error FROM retention_runs`);
    expect(runs).toEqual([{ started_at: NOW, finished_at: NOW, counts: run.counts, error: null }]);
    expect(runs[0].counts.accessibilityFeedback).toBe(1);
    expect(JSON.stringify(runs)).not.toMatch(/Screenreader|melder@/);
  });

  it('changes nothing when it runs again', async () => {
    const snapshot = () => t.dataSource.query(`SELECT (SELECT json_agg(v ORDER BY v.id) FROM volunteers v) AS v, (SELECT json_agg(b ORDER BY b.id) FROM beneficiaries b) AS b,
      (SELECT json_agg(a ORDER BY a.id) FROM grant_applications a) AS g, (SELECT json_agg(c ORDER BY c.id) FROM card_applications c) AS c,
      (SELECT json_agg(f ORDER BY f.id) FROM accessibility_feedback f) AS f`);
    const before = await snapshot();
    const run = await t.app.get(RetentionService).run();
    expect(run.counts).toEqual({ policeCertificates: 0, inactiveVolunteers: 0, rejectedCardApplications: 0, rejectedGrantApplications: 0, closedSponsorships: 0, grantRecords: 0, accessibilityFeedback: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('takes the records a day short of their limit once the clock has moved on', async () => {
    t.app.get(Clock).set(new Date(NOW.getTime() + 3 * DAY));
    const run = await t.app.get(RetentionService).run();
    // Frieda's last hour entry is now past the limit too: her erasure already cleared her card application's text.
    expect(run.counts).toEqual({ policeCertificates: 1, inactiveVolunteers: 1, rejectedCardApplications: 0, rejectedGrantApplications: 1, closedSponsorships: 1, grantRecords: 1, accessibilityFeedback: 1 });
    expect(await t.dataSource.query(`SELECT note FROM card_applications WHERE id = $1`, [id['cardRecent']])).toEqual([{ note: null }]);
    expect(await certificates()).toEqual(['Dora']);
    expect(await beneficiaryOf(id['sponsorshipRecent']!)).toEqual({ name: 'gelöscht', phone: null, address: null });
    expect(await feedbackKept()).toEqual([]);
  });

  it('runs on its schedule (03:30 in the county) through the queue', async () => {
    const scheduler = t.app.get(RetentionScheduler);
    const runs = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM retention_runs`))[0].n as number;
    const already = await runs();
    await scheduler.tick(new Date('2026-12-01T02:00:00Z'));
    await scheduler.tick(new Date('2026-12-01T02:29:00Z')); // 03:29 in Berlin: not yet
    await new Promise((r) => setTimeout(r, 300));
    expect(await runs()).toBe(already);
    await scheduler.tick(new Date('2026-12-01T02:31:00Z'));
    await waitFor(async () => (await runs()) === already + 1, 10_000, 'scheduled retention run');
  });

  if (process.env['REDIS_URL']) {
    it('registers one BullMQ job scheduler in Berlin time, however many workers start', async () => {
      const scheduler = t.app.get(RetentionScheduler);
      await Promise.all([scheduler.start(), scheduler.start()]);
      const queue = t.app.get<Queue>(getQueueToken(QueueName.Reminders), { strict: false });
      const registered = (await queue.getJobSchedulers()).filter((s) => s.key === 'privacy-retention');
      expect(registered.map((s) => `${s.key}|${s.pattern}|${s.tz}`)).toEqual(['privacy-retention|30 3 * * *|Europe/Berlin']);
    });
  }
});
