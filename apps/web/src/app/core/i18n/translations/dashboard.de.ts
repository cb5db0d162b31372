/** The coordinator's start page: one card per work queue (libs/shared/contracts/src/dashboard.ts). */
export const dashboardDe = {
  intro: 'Das wartet heute auf Sie. Die dringendsten Einträge stehen oben.',
  loading: 'Die Aufgaben von heute werden geladen …',
  retry: 'Erneut laden',
  showAll: 'Alle anzeigen ({{count}})',
  openList: 'Zur Liste',
  queues: {
    overdueCheckIns: 'Überfällige Gespräche (Patenschaften)',
    waitingRequests: 'Wartende Anfragen',
    hoursToApprove: 'Stunden zur Freigabe',
    cardApplications: 'Ehrenamtskarte: Anträge',
    grantPrecheck: 'Mikroprojekte: Vorprüfung',
    grantReportsOverdue: 'Verwendungsnachweise überfällig',
    upcomingEvents: 'Nächste Veranstaltungen',
    failedMails: 'Fehlgeschlagene E-Mails',
  },
  allClear: {
    overdueCheckIns: 'Alles erledigt: Kein Gespräch ist überfällig.',
    waitingRequests: 'Alles erledigt: Keine Anfrage wartet auf eine Vermittlung.',
    hoursToApprove: 'Alles erledigt: Keine Stunden warten auf Freigabe.',
    cardApplications: 'Alles erledigt: Kein Antrag auf die Ehrenamtskarte ist offen.',
    grantPrecheck: 'Alles erledigt: Kein Antrag wartet auf die Vorprüfung.',
    grantReportsOverdue: 'Alles erledigt: Kein Verwendungsnachweis ist überfällig.',
    upcomingEvents: 'Zurzeit ist keine Veranstaltung geplant.',
    failedMails: 'Alles in Ordnung: Keine E-Mail ist fehlgeschlagen.',
  },
};
