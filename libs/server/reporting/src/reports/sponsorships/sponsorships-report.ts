import type { ReportBuilder } from '../report-context';

/** TODO(helper): the sponsorships report. */
export const sponsorshipsReport: ReportBuilder = async () => ({ title: 'sponsorships', municipalityNote: null, tables: [] });
