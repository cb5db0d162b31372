import type { ReportBuilder } from '../report-context';

/** TODO(helper): the events report. */
export const eventsReport: ReportBuilder = async () => ({ title: 'events', municipalityNote: null, tables: [] });
