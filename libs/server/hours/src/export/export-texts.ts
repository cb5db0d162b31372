import type { HourEntryStatus } from '@miteinander/contracts';
import type { DocLang } from '../format';

export interface ExportTexts {
  sheet: string;
  fileStem: string;
  columns: { date: string; volunteer: string; organisation: string; activity: string; hours: string; minutes: string; status: string; note: string; decidedAt: string; decidedBy: string; reason: string };
  status: Record<HourEntryStatus, string>;
}

/** Column headers and status names of the CSV/XLSX exports: German for German requests, English otherwise. */
export const EXPORT_TEXTS: Record<DocLang, ExportTexts> = {
  de: {
    sheet: 'Stunden',
    fileStem: 'stunden',
    columns: {
      date: 'Datum', volunteer: 'Ehrenamtliche Person', organisation: 'Einsatzstelle', activity: 'Tätigkeit', hours: 'Stunden', minutes: 'Minuten',
      status: 'Status', note: 'Notiz', decidedAt: 'Entschieden am', decidedBy: 'Entschieden von', reason: 'Ablehnungsgrund',
    },
    status: { submitted: 'Eingereicht', approved: 'Freigegeben', rejected: 'Abgelehnt', withdrawn: 'Zurückgezogen' },
  },
  en: {
    sheet: 'Hours',
    fileStem: 'hours',
    columns: {
      date: 'Date', volunteer: 'Volunteer', organisation: 'Organisation', activity: 'Activity', hours: 'Hours', minutes: 'Minutes',
      status: 'Status', note: 'Note', decidedAt: 'Decided on', decidedBy: 'Decided by', reason: 'Reason for rejection',
    },
    status: { submitted: 'Submitted', approved: 'Approved', rejected: 'Rejected', withdrawn: 'Withdrawn' },
  },
};
