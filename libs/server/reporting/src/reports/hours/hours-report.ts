import type { ReportBuilder } from '../report-context';

/** TODO(helper): the hours report. */
export const hoursReport: ReportBuilder = async () => ({ title: 'hours', municipalityNote: null, tables: [] });
