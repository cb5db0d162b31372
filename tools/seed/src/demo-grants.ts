import type { EntityManager } from 'typeorm';
import type { GrantApplicationData, GrantApplicationStatus, GrantCallInput } from '@miteinander/contracts';
import { addDays } from '@miteinander/domain-volunteers';

interface DemoGrant {
  status: GrantApplicationStatus;
  data: GrantApplicationData;
  approvedCents?: number;
  /** Scores of the two demo reviewers (criterion → points), for applications in review or decided. */
  scores?: Record<string, number>[];
}

const AREAS: GrantCallInput['projectAreas'] = [
  { code: 'sprachkurs', label: 'Sprachkurs', fieldOfAction: 'language', languageCourse: true },
  { code: 'sprachmittlung', label: 'Sprachmittlung', fieldOfAction: 'language', languageCourse: false },
  { code: 'bildungsangebot', label: 'Bildungsangebot', fieldOfAction: 'education', languageCourse: false },
  { code: 'arbeitsmarkt', label: 'Arbeitsmarktintegration', fieldOfAction: 'work', languageCourse: false },
  { code: 'begegnung', label: 'Begegnungsprojekt', fieldOfAction: 'cohesion', languageCourse: false },
  { code: 'ausflug', label: 'Ausflug', fieldOfAction: 'cohesion', languageCourse: false },
  { code: 'nachbarschaftsfest', label: 'Nachbarschaftsfest', fieldOfAction: 'cohesion', languageCourse: false },
];

const CRITERIA: GrantCallInput['criteria'] = [
  { code: 'bedarf', label: 'Bedarf', weight: 30 },
  { code: 'wirkung', label: 'Wirkung', weight: 30 },
  { code: 'beteiligung', label: 'Beteiligung Geflüchteter', weight: 20 },
  { code: 'nachhaltigkeit', label: 'Nachhaltigkeit', weight: 20 },
];

function project(title: string, area: string, field: GrantApplicationData['fieldOfAction'], municipalityId: number | null, start: string, costs: number, own: number, extra: Partial<GrantApplicationData> = {}): GrantApplicationData {
  return {
    applicantType: 'association', organisationName: 'Begegnungscafé Grimma e. V.', cooperatingOrganisation: 'Diakonie Leipziger Land', title,
    goals: 'Menschen mit und ohne Fluchterfahrung kommen ins Gespräch und helfen sich gegenseitig.', targetGroup: 'Familien aus den Gemeinschaftsunterkünften und Nachbarn',
    fieldOfAction: field, projectArea: area, municipalityId: municipalityId ?? undefined, startDate: start, endDate: addDays(start, 90), plannedRefugees: 25, plannedLocals: 20,
    costLines: [
      { id: 'honorar', category: 'fees', description: 'Honorar Kursleitung', amountCents: Math.round(costs * 0.6) },
      { id: 'material', category: 'material', description: 'Material und Kopien', amountCents: costs - Math.round(costs * 0.6) },
    ],
    ownContributionCents: own, otherFundingCents: 0, requestedCents: costs - own, accountHolder: 'Begegnungscafé Grimma e. V.', iban: 'DE89370400440532013000',
    publicConsent: true, shortDescription: `${title}: ein Angebot des Begegnungscafés für Geflüchtete und Nachbarn.`, ...extra,
  };
}

/**
 * Micro-project demo: last year's closed call with funded projects (the public best-practice page shows them) and
 * this year's open call with applications waiting for pre-check, in review with scores, approved and paid.
 */
export async function seedDemoGrants(m: EntityManager, today: string, ids: { applicant: string; coordinator: string; reviewers: string[]; municipalityId: number | null }): Promise<void> {
  const year = Number(today.slice(0, 4));
  const insertCall = async (callYear: number, status: string, budget: number, deadline: string): Promise<string> => {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO grant_calls (year, title, total_budget_cents, max_per_project_cents, max_per_language_course_cents, deadline, min_lead_days, fields_of_action, project_areas, criteria, report_months, status, created_by)
       VALUES ($1, $2, $3, 500000, 100000, $4, 14, $5::jsonb, $6::jsonb, $7::jsonb, 6, $8, $9) RETURNING id`,
      [callYear, `Mikroprojekte ${callYear}`, budget, deadline, JSON.stringify(['language', 'education', 'work', 'cohesion']), JSON.stringify(AREAS), JSON.stringify(CRITERIA), status, ids.coordinator],
    );
    return rows[0]!.id;
  };
  const past = await insertCall(year - 1, 'closed', 3_000_000, `${year - 1}-10-31`);
  const current = await insertCall(year, 'open', 4_000_000, addDays(today, 45));
  const start = addDays(today, 40);
  const lastYearStart = `${year - 1}-03-01`;
  const grants: [string, DemoGrant[]][] = [
    [past, [
      { status: 'closed', approvedCents: 95_000, data: project('Deutsch am Nachmittag', 'sprachkurs', 'language', ids.municipalityId, lastYearStart, 120_000, 25_000) },
      { status: 'closed', approvedCents: 240_000, data: project('Nachbarschaftsfest am Markt', 'nachbarschaftsfest', 'cohesion', ids.municipalityId, lastYearStart, 300_000, 60_000) },
      { status: 'paid', approvedCents: 180_000, data: project('Bewerbungswerkstatt', 'arbeitsmarkt', 'work', ids.municipalityId, lastYearStart, 200_000, 20_000) },
    ]],
    [current, [
      { status: 'submitted', data: project('Lesepaten für Grundschulkinder', 'bildungsangebot', 'education', ids.municipalityId, start, 150_000, 30_000) },
      { status: 'in_review', data: project('Ausflug ins Leipziger Zoo', 'ausflug', 'cohesion', ids.municipalityId, start, 90_000, 10_000), scores: [{ bedarf: 4, wirkung: 3, beteiligung: 5, nachhaltigkeit: 2 }, { bedarf: 3, wirkung: 4, beteiligung: 4, nachhaltigkeit: 3 }] },
      { status: 'in_review', data: project('Sprachmittlung beim Arztbesuch', 'sprachmittlung', 'language', ids.municipalityId, start, 260_000, 40_000), scores: [{ bedarf: 5, wirkung: 5, beteiligung: 4, nachhaltigkeit: 4 }] },
      { status: 'approved', approvedCents: 100_000, data: project('Sprachcafé Wurzen', 'sprachkurs', 'language', ids.municipalityId, start, 130_000, 30_000) },
      { status: 'draft', data: { applicantType: 'association', organisationName: 'Begegnungscafé Grimma e. V.', title: 'Kochen verbindet' } },
    ]],
  ];
  let number = 0;
  for (const [callId, list] of grants) {
    const callYear = callId === past ? year - 1 : year;
    for (const g of list) {
      const submitted = g.status !== 'draft';
      const reference = submitted ? `MP-${callYear}-${String(++number).padStart(4, '0')}` : null;
      const rows: { id: string }[] = await m.query(
        `INSERT INTO grant_applications (call_id, applicant_id, reference, status, version, data, requested_cents, submitted_at, approved_cents, decided_at, decided_by, report_due, closed_at)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [callId, ids.applicant, reference, g.status, submitted ? 1 : 0, JSON.stringify(g.data), g.data.requestedCents ?? null, submitted ? new Date() : null,
          g.approvedCents ?? null, g.approvedCents ? new Date() : null, g.approvedCents ? ids.coordinator : null,
          g.approvedCents && g.data.endDate ? addDays(g.data.endDate, 182) : null, g.status === 'closed' ? new Date() : null],
      );
      const id = rows[0]!.id;
      if (submitted) await m.query(`INSERT INTO grant_application_versions (application_id, version, data) VALUES ($1, 1, $2::jsonb)`, [id, JSON.stringify(g.data)]);
      if (g.approvedCents) await m.query(`UPDATE grant_calls SET approved_cents = approved_cents + $2 WHERE id = $1`, [callId, g.approvedCents]);
      if (g.status === 'closed' || g.status === 'paid') {
        await m.query(`INSERT INTO grant_payments (application_id, amount_cents, requested_by, paid_on, marked_by) VALUES ($1, $2, $3, $4, $5)`, [id, g.approvedCents, ids.applicant, `${callYear}-03-15`, ids.coordinator]);
      }
      for (const [i, scores] of (g.scores ?? []).entries()) {
        const reviewer = ids.reviewers[i];
        if (!reviewer) continue;
        for (const [criterion, points] of Object.entries(scores)) {
          await m.query(`INSERT INTO grant_scores (application_id, reviewer_id, criterion, points, comment) VALUES ($1, $2, $3, $4, $5)`, [id, reviewer, criterion, points, null]);
        }
      }
    }
    await m.query(`INSERT INTO grant_year_counters (year, issued) VALUES ($1, $2) ON CONFLICT (year) DO UPDATE SET issued = GREATEST(grant_year_counters.issued, EXCLUDED.issued)`, [callYear, number]);
    number = 0;
  }
}
