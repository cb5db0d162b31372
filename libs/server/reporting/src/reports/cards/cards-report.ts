import type { ReportBuilder } from '../report-context';

/** TODO(helper): the cards report. */
export const cardsReport: ReportBuilder = async () => ({ title: 'cards', municipalityNote: null, tables: [] });
