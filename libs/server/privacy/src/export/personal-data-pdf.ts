import type { PersonalDataExport } from '@miteinander/contracts';
import { startPdf } from '@miteinander/server-platform';

/** German headings for the tables; a table not named here is shown under its own name (still complete). */
const TABLE_TITLES: Record<string, string> = {
  users: 'Benutzerkonto',
  volunteers: 'Profil als Ehrenamtliche/r',
  beneficiaries: 'Familie bzw. Schüler/in',
  sessions: 'Anmeldungen (Sitzungen)',
  auth_tokens: 'Links zum Bestätigen und Zurücksetzen',
  volunteer_consents: 'Einwilligungen',
  volunteer_organisations: 'Einsatzstellen',
  volunteer_status_changes: 'Statusänderungen',
  volunteer_trainings: 'Schulungen',
  police_certificate_checks: 'Führungszeugnis (Einsichtnahme)',
  hour_entries: 'Stundeneinträge',
  match_pool: 'Vermittlungsdaten',
  match_exclusions: 'Ausschlüsse bei der Vermittlung',
  card_applications: 'Anträge auf die Ehrenamtskarte',
  card_confirmations: 'Bestätigungen der Einsatzstellen',
  cards: 'Ehrenamtskarten',
  event_invitations: 'Einladungen zu Veranstaltungen',
  event_invitation_tokens: 'Einladungslinks',
  event_nominations: 'Nominierungen',
  sponsorships: 'Patenschaften',
  sponsorship_transitions: 'Verlauf der Patenschaften',
  sponsorship_check_ins: 'Gespräche in der Patenschaft',
  grant_applications: 'Anträge auf Mikroprojekt-Förderung',
  grant_application_versions: 'Eingereichte Fassungen',
  grant_attachments: 'Anhänge',
  grant_reports: 'Verwendungsnachweise',
  grant_payments: 'Auszahlungen',
  grant_revision_requests: 'Nachforderungen',
  grant_scores: 'Bewertungen als Gutachter/in',
  grant_conflicts: 'Erklärte Befangenheiten',
  report_exports: 'Angeforderte Auswertungen',
  organisation_contacts: 'Ansprechperson einer Einsatzstelle',
  outbox: 'Versandte E-Mails',
  mail_preferences: 'E-Mail-Einstellungen',
  reminder_digest_items: 'Erinnerungen',
  privacy_requests: 'Datenschutz-Anfragen',
  audit_log: 'Protokoll der Zugriffe und Änderungen',
};

const shown = (v: unknown): string => (v === null || v === undefined ? '–' : typeof v === 'object' ? JSON.stringify(v) : String(v));
const berlin = (iso: string) => new Date(iso).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' });

/** The same content as the JSON export, readable on paper: one section per table, one block per record. */
export async function personalDataPdf(data: PersonalDataExport): Promise<Buffer> {
  const { doc, done } = startPdf({ size: 'A4', margin: 50, info: { Title: `Auskunft nach Art. 15 DSGVO – ${data.subject.label}` } });
  doc.font('bold').fontSize(16).text('Auskunft über gespeicherte Daten (Art. 15 DSGVO)');
  doc.moveDown(0.5).font('regular').fontSize(10);
  doc.text(`Person: ${data.subject.label}`);
  doc.text(`Erstellt am: ${berlin(data.generatedAt)}`);
  doc.text('Nicht enthalten sind Geheimnisse wie Passwort- und Link-Prüfwerte sowie E-Mail-Texte mit persönlichen Links:');
  for (const [table, columns] of Object.entries(data.omitted)) doc.text(`  ${TABLE_TITLES[table] ?? table}: ${columns.join(', ')}`);
  for (const [table, rows] of Object.entries(data.tables)) {
    doc.moveDown().font('bold').fontSize(12).text(`${TABLE_TITLES[table] ?? table} (${rows.length})`);
    doc.font('regular').fontSize(9);
    for (const row of rows) {
      doc.moveDown(0.3);
      for (const [key, value] of Object.entries(row)) doc.text(`${key}: ${shown(value)}`);
    }
  }
  if (data.actions.length) {
    doc.moveDown().font('bold').fontSize(12).text('Bearbeitete Vorgänge (Anzahl, die Inhalte betreffen andere Personen)');
    doc.font('regular').fontSize(9);
    for (const a of data.actions) doc.text(`${TABLE_TITLES[a.table] ?? a.table} (${a.column}): ${a.count}`);
  }
  doc.end();
  return done;
}
