/** Reports and the evaluation report. */
export const reportsDe = {
  title: 'Berichte und Auswertung',
};
