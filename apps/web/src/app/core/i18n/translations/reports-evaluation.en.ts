import type { reportsEvaluationDe } from './reports-evaluation.de';

export const reportsEvaluationEn: typeof reportsEvaluationDe = {
  start: 'Create evaluation report',
};
