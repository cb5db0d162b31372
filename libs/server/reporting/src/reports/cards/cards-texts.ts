export interface CardsTexts {
  title: string;
  byMonth: { title: string; description: string; applications: string; issued: string; rejected: string };
  byMunicipality: { title: string; description: string; issued: string; valid: (date: string) => string };
  noMunicipality: string;
  total: string;
}

/** 2025-12-31 → 31.12.2025 (de) / 31 Dec 2025 (en). */
const dateLabel = (date: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

export const CARDS_TEXTS: Record<'de' | 'en', CardsTexts> = {
  de: {
    title: 'Ehrenamtskarte',
    byMonth: {
      title: 'Anträge und Karten je Monat',
      description:
        'Anträge nach dem Tag des Eingangs, ausgestellte Karten nach dem Tag der Ausstellung, abgelehnte Anträge nach dem Tag der Entscheidung. ' +
        'Die Gemeinde ist der Wohnort der Ehrenamtlichen.',
      applications: 'Anträge',
      issued: 'Ausgestellte Karten',
      rejected: 'Abgelehnte Anträge',
    },
    byMunicipality: {
      title: 'Karten nach Gemeinde',
      description:
        'Im Zeitraum ausgestellte Karten und Karten, die am letzten Tag des Zeitraums gültig waren (nicht abgelaufen und nicht widerrufen), nach dem Wohnort der Ehrenamtlichen.',
      issued: 'Ausgestellt im Zeitraum',
      valid: (date) => `Gültig am ${dateLabel(date, 'de-DE')}`,
    },
    noMunicipality: 'Ohne Angabe der Gemeinde',
    total: 'Gesamt',
  },
  en: {
    title: 'Honorary card',
    byMonth: {
      title: 'Applications and cards per month',
      description:
        'Applications by the day they arrived, cards issued by the day of issue, rejected applications by the day of the decision. ' +
        'The municipality is where the volunteer lives.',
      applications: 'Applications',
      issued: 'Cards issued',
      rejected: 'Applications rejected',
    },
    byMunicipality: {
      title: 'Cards by municipality',
      description:
        'Cards issued in the period and cards valid on its last day (not expired and not revoked), by where the volunteer lives.',
      issued: 'Issued in the period',
      valid: (date) => `Valid on ${dateLabel(date, 'en-GB')}`,
    },
    noMunicipality: 'Municipality not stated',
    total: 'Total',
  },
};
