import type { ReportBuilder } from '../report-context';

/** TODO(helper): the volunteers report. */
export const volunteersReport: ReportBuilder = async () => ({ title: 'volunteers', municipalityNote: null, tables: [] });
