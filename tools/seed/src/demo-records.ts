import type { VolunteerStatus } from '@miteinander/contracts';
import { addDays, addMonths, addYears, type PoliceCertificateRules } from '@miteinander/domain-volunteers';
import type { DemoPoliceCertificate } from './demo-people';

/** Inspection and issue dates that put a demo record into the wanted state on the seeding day, under the configured rules. */
export function demoPoliceCertificateDates(state: DemoPoliceCertificate, today: string, rules: PoliceCertificateRules): { issueDate: string; inspectionDate: string } {
  const expiresIn = (days: number) => addDays(addYears(today, -rules.validYears), days);
  const issueDate = {
    valid: addMonths(today, -14),
    relevant_entry: addMonths(today, -2),
    reinspection_due: expiresIn(Math.max(1, Math.floor(rules.remindDays / 2))),
    expired: expiresIn(-20),
  }[state];
  return { issueDate, inspectionDate: addDays(issueDate, 12) };
}

/** The path to a status, each step with a reason, as a coordinator would have recorded it. */
export function demoStatusPath(status: VolunteerStatus): { to: VolunteerStatus; reason: string }[] {
  const intake = { to: 'intake_done' as const, reason: 'Erstgespräch geführt, Unterlagen besprochen' };
  const active = { to: 'active' as const, reason: 'Erster Einsatz vereinbart' };
  const steps: Record<VolunteerStatus, { to: VolunteerStatus; reason: string }[]> = {
    interested: [],
    intake_done: [intake],
    active: [intake, active],
    paused: [intake, active, { to: 'paused', reason: 'Pause wegen beruflicher Belastung' }],
    left: [intake, active, { to: 'left', reason: 'Nach Leipzig umgezogen' }],
  };
  return steps[status];
}

export const DEMO_TRAININGS = [
  { title: 'Grundkurs Interkulturelle Kompetenz', minutes: 360 },
  { title: 'Erste Hilfe am Kind', minutes: 480 },
  { title: 'Kinderschutz im Ehrenamt (§72a SGB VIII)', minutes: 180 },
];

/** Typical activities, as volunteers type them in. */
export const DEMO_ACTIVITIES = [
  'Hausaufgabenhilfe', 'Begleitung zum Jobcenter', 'Sprachcafé', 'Übersetzung beim Arzttermin', 'Patenschaftstreffen', 'Fahrradwerkstatt', 'Vorbereitung Sommerfest',
];
