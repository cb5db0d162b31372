export const privacyDe = {
  myDataTitle: 'Meine Daten',
  title: 'Datenschutz',
};
