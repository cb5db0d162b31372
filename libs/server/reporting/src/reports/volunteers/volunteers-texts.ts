/** The volunteers report's words, German for the county council and English. */
export const VOLUNTEERS_TEXTS = {
  de: {
    title: 'Freiwillige',
    byMonth: {
      title: 'Freiwillige nach Monat',
      description:
        'Aktiv: Freiwillige mit dem Status „aktiv“ am Monatsende (im letzten Monat am Ende des Zeitraums). ' +
        'Neu: im Monat erfasste Freiwillige. Ausgeschieden: Wechsel in den Status „ausgeschieden“ im Monat.',
    },
    byMunicipality: {
      title: 'Freiwillige nach Gemeinde',
      description:
        'Nach der Gemeinde, in der die Freiwilligen wohnen. Aktiv: am Ende des Zeitraums. Neu und Ausgeschieden: im Zeitraum.',
    },
    columns: { active: 'Aktiv', new: 'Neu', left: 'Ausgeschieden' },
    none: 'ohne Angabe',
    outsideCounty: 'außerhalb des Landkreises',
    total: 'Gesamt',
  },
  en: {
    title: 'Volunteers',
    byMonth: {
      title: 'Volunteers by month',
      description:
        'Active: volunteers with the status "active" at the end of the month (in the last month at the end of the period). ' +
        'New: volunteers recorded in the month. Left: changes to the status "left" in the month.',
    },
    byMunicipality: {
      title: 'Volunteers by municipality',
      description: 'By the municipality the volunteers live in. Active: at the end of the period. New and left: in the period.',
    },
    columns: { active: 'Active', new: 'New', left: 'Left' },
    none: 'not given',
    outsideCounty: 'outside the county',
    total: 'Total',
  },
} as const;

export type VolunteersTexts = (typeof VOLUNTEERS_TEXTS)['de' | 'en'];
