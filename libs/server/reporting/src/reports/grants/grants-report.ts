import { FIELDS_OF_ACTION } from '@miteinander/contracts';
import type { RawRow } from '@miteinander/domain-reporting';
import { publishTable, type TableColumnSpec } from '../publish-table';
import type { ReportBuilder } from '../report-context';
import { grantGroups, type GrantGroup } from './grants-figures';
import { GRANTS_TEXTS, type GrantsTexts } from './grants-texts';

const NONE = 'none';

type Sums = Omit<GrantGroup, 'field' | 'municipalityId'>;
const ZERO: Sums = { submitted: 0, requestedCents: 0, approved: 0, approvedCents: 0, paid: 0, paidCents: 0 };
const add = (a: Sums, b: Sums): Sums => ({
  submitted: a.submitted + b.submitted,
  requestedCents: a.requestedCents + b.requestedCents,
  approved: a.approved + b.approved,
  approvedCents: a.approvedCents + b.approvedCents,
  paid: a.paid + b.paid,
  paidCents: a.paidCents + b.paidCents,
});
const hasFigures = (s: Sums) => s.submitted + s.approved + s.paid > 0;

/** Each money cell stands for the applications behind it. */
const row = (key: string, label: string, s: Sums): RawRow => ({
  key,
  label,
  cells: {
    submitted: { value: s.submitted, people: s.submitted },
    requestedCents: { value: s.requestedCents, people: s.submitted },
    approved: { value: s.approved, people: s.approved },
    approvedCents: { value: s.approvedCents, people: s.approved },
    paidCents: { value: s.paidCents, people: s.paid },
  },
});

const columns = (tx: GrantsTexts): TableColumnSpec[] => [
  { key: 'submitted', label: tx.columns.submitted, unit: 'count', additive: true },
  { key: 'requestedCents', label: tx.columns.requestedCents, unit: 'cents', additive: true },
  { key: 'approved', label: tx.columns.approved, unit: 'count', additive: true },
  { key: 'approvedCents', label: tx.columns.approvedCents, unit: 'cents', additive: true },
  { key: 'paidCents', label: tx.columns.paidCents, unit: 'cents', additive: true },
];

const sumBy = (groups: GrantGroup[], keyOf: (g: GrantGroup) => string): Map<string, Sums> => {
  const sums = new Map<string, Sums>();
  for (const g of groups) sums.set(keyOf(g), add(sums.get(keyOf(g)) ?? ZERO, g));
  return sums;
};

/**
 * Micro-projects: money requested, approved and paid by field of action and by municipality. Every field of action
 * is listed (zero where nothing happened); "not stated" and municipalities only where there are figures.
 */
export const grantsReport: ReportBuilder = async ({ m, scope, lang, municipalities }) => {
  const tx = GRANTS_TEXTS[lang];
  const known = new Set(municipalities.map((x) => x.id));
  const groups = await grantGroups(m, scope);
  const total = row('total', tx.total, groups.reduce(add, ZERO));

  const byField = sumBy(groups, (g) => g.field ?? NONE);
  const fieldRows = FIELDS_OF_ACTION.map((f) => row(f, tx.fields[f], byField.get(f) ?? ZERO));
  const noField = byField.get(NONE);
  if (noField && hasFigures(noField)) fieldRows.push(row(NONE, tx.none, noField));

  // A municipality id no longer in the list reads as not stated rather than as a number.
  const byMunicipality = sumBy(groups, (g) => (g.municipalityId !== null && known.has(g.municipalityId) ? String(g.municipalityId) : NONE));
  const municipalityRows = municipalities
    .filter((x) => (scope.municipalityId === null ? hasFigures(byMunicipality.get(String(x.id)) ?? ZERO) : x.id === scope.municipalityId))
    .map((x) => row(String(x.id), x.name, byMunicipality.get(String(x.id)) ?? ZERO));
  const noMunicipality = byMunicipality.get(NONE);
  if (noMunicipality && hasFigures(noMunicipality)) municipalityRows.push(row(NONE, tx.none, noMunicipality));

  return {
    title: tx.title,
    municipalityNote: null,
    tables: [
      publishTable({ key: 'grantsByField', ...tx.byField, chart: 'bar', columns: columns(tx), rows: fieldRows, total }),
      publishTable({ key: 'grantsByMunicipality', ...tx.byMunicipality, chart: 'bar', columns: columns(tx), rows: municipalityRows, total }),
    ],
  };
};
