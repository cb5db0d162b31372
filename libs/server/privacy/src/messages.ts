import { registerMessages } from '@miteinander/server-platform';

/** Labels of the data-protection request fields and the texts of their rules, in German and English. */
registerMessages({
  fields: {
    'PrivacyRequestDto.kind': { de: 'Art der Anfrage', en: 'Type of request' },
    subjectType: { de: 'Art der Person', en: 'Type of person' },
    subjectId: { de: 'Person', en: 'Person' },
    receivedOn: { de: 'Eingangsdatum', en: 'Date received' },
    confirmName: { de: 'Name zur Bestätigung', en: 'Name to confirm' },
    'PrivacyRequestListQuery.status': { de: 'Status', en: 'Status' },
  },
  constraints: {
    subject_not_found: { de: 'Diese Person gibt es nicht (mehr).', en: 'There is no such person (any more).' },
    date_in_future: { de: 'Das Datum liegt in der Zukunft.', en: 'The date lies in the future.' },
    not_a_date: { de: 'Bitte ein Datum im Format JJJJ-MM-TT angeben.', en: 'Please give a date as YYYY-MM-DD.' },
    name_mismatch: { de: 'Stimmt nicht mit dem Namen der Person überein.', en: 'Does not match the person’s name.' },
  },
});
