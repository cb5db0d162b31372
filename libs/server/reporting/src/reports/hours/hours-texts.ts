/** Where hours were given: sponsorship kinds, then organisation kinds, then the rest (the rollup's area keys). */
export const HOUR_AREAS = ['family', 'mother', 'learning', 'association', 'church', 'municipality', 'welfare', 'initiative', 'other'] as const;
export type HourArea = (typeof HOUR_AREAS)[number];

export interface HoursTexts {
  title: string;
  byMonth: { title: string; description: string; minutes: string; volunteers: string };
  byArea: { title: string; description: string; minutes: string };
  total: string;
  areas: Record<HourArea, string>;
}

export const HOURS_TEXTS: Record<'de' | 'en', HoursTexts> = {
  de: {
    title: 'Stunden',
    byMonth: {
      title: 'Stunden je Monat',
      description:
        'Freigegebene Stunden nach dem Tag der Tätigkeit. Ehrenamtliche: wie viele verschiedene Personen im Monat freigegebene Stunden haben. ' +
        'Für den ganzen Zeitraum fehlt diese Zahl, weil dieselben Personen in mehreren Monaten tätig sind.',
      minutes: 'Stunden',
      volunteers: 'Ehrenamtliche',
    },
    byArea: {
      title: 'Stunden nach Bereich',
      description:
        'Stundeneinträge haben kein eigenes Handlungsfeld. Sie sind danach geordnet, wo sie geleistet wurden: ' +
        'in einer Patenschaft (nach ihrer Art) oder bei einer Einsatzstelle (nach der Art der Einrichtung).',
      minutes: 'Stunden',
    },
    total: 'Gesamt',
    areas: {
      family: 'Familienpatenschaft',
      mother: 'Mütterpatenschaft',
      learning: 'Lernpatenschaft',
      association: 'Verein',
      church: 'Kirchengemeinde',
      municipality: 'Kommune',
      welfare: 'Wohlfahrtsverband',
      initiative: 'Initiative',
      other: 'Sonstiges',
    },
  },
  en: {
    title: 'Hours',
    byMonth: {
      title: 'Hours per month',
      description:
        'Approved hours by the day of the activity. Volunteers: how many different people have approved hours in the month. ' +
        'There is no such figure for the whole period, as the same people are active in several months.',
      minutes: 'Hours',
      volunteers: 'Volunteers',
    },
    byArea: {
      title: 'Hours by area',
      description:
        'Hour entries have no field of action of their own. They are grouped by where they were given: ' +
        'in a sponsorship (by its kind) or at an organisation (by the kind of organisation).',
      minutes: 'Hours',
    },
    total: 'Total',
    areas: {
      family: 'Family sponsorship',
      mother: 'Mothers’ sponsorship',
      learning: 'Learning sponsorship',
      association: 'Association',
      church: 'Church parish',
      municipality: 'Municipality',
      welfare: 'Welfare organisation',
      initiative: 'Initiative',
      other: 'Other',
    },
  },
};
