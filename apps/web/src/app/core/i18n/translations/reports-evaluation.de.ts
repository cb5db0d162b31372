/** The evaluation report panel on the reports page. */
export const reportsEvaluationDe = {
  start: 'Auswertung erstellen',
};
