import type { reportsEvaluationDe } from './reports-evaluation.de';

export const reportsEvaluationEn: typeof reportsEvaluationDe = {
  heading: 'Evaluation report',
  intro: 'A PDF report for the county council and an Excel file with all its tables, for the period and municipality chosen above:',
  scope: 'Period {{from}} – {{to}}, {{municipality}}',
  allMunicipalities: 'all municipalities',
  unknownMunicipality: 'municipality no. {{id}}',
  start: 'Create evaluation report',
  starting: 'Starting the evaluation report …',
  progressLabel: 'Progress of the evaluation report',
  percent: '{{value}} %',
  done: 'The evaluation report is ready.',
  filesFor: 'The files cover: {{scope}}.',
  finishedAt: 'Created on {{date}}.',
  filterChanged: 'A different period or municipality is now chosen above. Please create a new evaluation report for that choice.',
  downloadPdf: 'Download PDF',
  downloadXlsx: 'Download Excel',
  pdfHint: 'PDF document for the county council',
  xlsxHint: 'Excel workbook (XLSX) with the tables',
  failed: 'Sorry, the evaluation report could not be created.',
  gone: 'This evaluation report no longer exists. Please create a new one.',
  retry: 'Try again',
};
