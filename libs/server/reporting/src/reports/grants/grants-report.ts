import type { ReportBuilder } from '../report-context';

/** TODO(helper): the grants report. */
export const grantsReport: ReportBuilder = async () => ({ title: 'grants', municipalityNote: null, tables: [] });
