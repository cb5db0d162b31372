export const accessibilityDe = {
  easyLanguageTitle: 'Leichte Sprache',
  title: 'Barrierefreiheit',
  footer: {
    label: 'Hinweise',
    statement: 'Barrierefreiheit',
    easyLanguage: 'Leichte Sprache',
  },
  statement: {
    heading: 'Erklärung zur Barrierefreiheit',
    intro:
      'Der Landkreis ist bemüht, die Webanwendung Miteinander barrierefrei zugänglich zu machen. Rechtsgrundlage sind die Vorschriften des Freistaates Sachsen zur barrierefreien Informationstechnik, die die Richtlinie (EU) 2016/2102 umsetzen, und die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0). Maßstab sind die WCAG 2.1 auf Stufe AA bzw. die Norm EN 301 549.',
    scope: 'Diese Erklärung gilt für die Anwendung Miteinander mit allen Seiten für Ehrenamtliche, Koordination, Antragstellende und Einsatzstellen sowie für die E-Mails, die sie verschickt.',
    statusHeading: 'Stand der Vereinbarkeit mit den Anforderungen',
    status: 'Miteinander ist mit den Anforderungen teilweise vereinbar. Die unten genannten Inhalte sind noch nicht oder nicht vollständig barrierefrei.',
    limitsHeading: 'Nicht barrierefreie Inhalte',
    limitsIntro: 'Folgende Inhalte sind nicht oder nur eingeschränkt barrierefrei:',
    limits: {
      charts: 'Diagramme in Berichten, Auswertungen und bei der Ehrenamtskarte sind Grafiken, die Screenreader nur als Ganzes ansagen. Dieselben Zahlen stehen jeweils als Tabelle unter dem Diagramm und lassen sich als CSV-Datei herunterladen.',
      pdf: 'PDF-Dokumente (Nachweise, Urkunden, Bescheide, Berichte) sind nicht als barrierefreies PDF (PDF/UA) ausgezeichnet. Ihre Inhalte stehen auch als Seite in der Anwendung; auf Wunsch senden wir sie Ihnen in einer anderen Form.',
      qr: 'Der QR-Code für den Einlass zu Veranstaltungen ist ein Bild. Der Code steht zusätzlich als Text in der Einladung und kann an der Tür eingetippt werden.',
      easyLanguage: 'In Leichter Sprache gibt es bisher nur eine Einführung, nicht die ganze Anwendung. Erklärungen in Deutscher Gebärdensprache gibt es noch nicht.',
      translations: 'Einige Seiten sind in Arabisch noch nicht übersetzt und erscheinen dann auf Englisch.',
    },
    creationHeading: 'Erstellung dieser Erklärung',
    creation:
      'Diese Erklärung wurde am 4. Dezember 2026 erstellt. Grundlage ist eine Selbstbewertung: Jede Seite wird bei jeder Änderung automatisch gegen die WCAG 2.1 AA geprüft (axe), die Bedienung mit der Tastatur und auf dem Telefon wird getestet. Die Erklärung wurde zuletzt am 4. Dezember 2026 überprüft.',
    feedbackHeading: 'Feedback und Kontakt',
    feedbackIntro:
      'Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Oder brauchen Sie einen Inhalt in einer anderen Form? Schreiben Sie uns mit diesem Formular. Sie brauchen dafür kein Konto. Die Koordination antwortet möglichst innerhalb eines Monats.',
    enforcementHeading: 'Durchsetzungsverfahren',
    enforcement:
      'Wenn Sie auf Ihre Rückmeldung innerhalb eines Monats keine oder keine zufriedenstellende Antwort erhalten, können Sie sich an die Schlichtungsstelle des Freistaates Sachsen für barrierefreie Informationstechnik wenden (Durchsetzungsverfahren). Das Verfahren ist für Sie kostenlos; Sie brauchen keinen Rechtsbeistand. Die Kontaktdaten der Schlichtungsstelle nennt Ihnen auch die Koordination des Landkreises.',
    easyLanguageLink: 'Miteinander in Leichter Sprache',
  },
  feedback: {
    page: 'Seite',
    pageHint: 'Wo ist die Barriere? Zum Beispiel „Stunden eintragen“ oder die Adresse der Seite.',
    message: 'Ihre Nachricht',
    messageHint: 'Was funktioniert nicht? Womit haben Sie die Seite benutzt (z. B. Screenreader, Tastatur, Vergrößerung)?',
    email: 'E-Mail-Adresse für eine Antwort (freiwillig)',
    emailHint: 'Nur wenn Sie eine Antwort möchten. Wir nutzen sie nur dafür.',
    trap: 'Bitte leer lassen',
    submit: 'Rückmeldung senden',
    sent: 'Vielen Dank! Ihre Rückmeldung ist angekommen.',
    another: 'Weitere Rückmeldung schreiben',
    tooMany: 'Sie haben in kurzer Zeit schon mehrere Rückmeldungen geschickt. Bitte versuchen Sie es in zehn Minuten noch einmal.',
  },
  easyLanguage: {
    englishNote: '',
  },
};
