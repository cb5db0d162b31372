import { registerMessages } from '@miteinander/server-platform';

/** Labels of the matching fields and the texts of their rules, in German and English. */
registerMessages({
  fields: {
    distance: { de: 'Entfernung', en: 'Distance' },
    lifeStage: { de: 'Lebensphase', en: 'Life stage' },
    weights: { de: 'Gewichtung', en: 'Weights' },
    limit: { de: 'Anzahl', en: 'Number' },
    sponsorshipIds: { de: 'Anfragen', en: 'Requests' },
    locks: { de: 'Festgelegtes Paar', en: 'Locked pair' },
    excludedPairs: { de: 'Ausgeschlossenes Paar', en: 'Excluded pair' },
  },
  constraints: {
    weightRange: { de: 'Das Gewicht muss eine Zahl von 0 bis 10 sein.', en: 'The weight must be a number from 0 to 10.' },
    weightsAllZero: { de: 'Mindestens ein Gewicht muss größer als 0 sein.', en: 'At least one weight must be above 0.' },
    notReadyToMatch: { de: 'Diese Anfrage ist nicht bereit zur Vermittlung.', en: 'This request is not ready to match.' },
    unknownSponsorship: { de: 'Diese Anfrage gibt es nicht.', en: 'This request does not exist.' },
    noRequests: { de: 'Es gibt keine Anfrage, die bereit zur Vermittlung ist und zur Auswahl passt.', en: 'No request that is ready to match fits the selection.' },
    alreadyExcluded: { de: 'Diese Person ist für diese Anfrage schon ausgeschlossen.', en: 'This volunteer is already excluded for this request.' },
    lockNotInRound: { de: 'Die Anfrage dieses Paares ist nicht Teil der Runde.', en: 'The request of this pair is not part of the round.' },
    lockTwice: { de: 'Für diese Anfrage ist schon ein anderes Paar festgelegt.', en: 'Another pair is already locked for this request.' },
    lockOverCapacity: { de: 'Für diese Person sind mehr Paare festgelegt, als sie freie Plätze hat.', en: 'More pairs are locked for this volunteer than they have free places.' },
    lock_notActive: { de: 'Die Person ist nicht aktiv.', en: 'The volunteer is not active.' },
    lock_capacityFull: { de: 'Die Person hat keinen freien Platz.', en: 'The volunteer has no free place.' },
    lock_noSharedLanguage: { de: 'Keine gemeinsame Sprache und keine Dolmetschung.', en: 'No shared language and no interpreter.' },
    lock_policeCertificate: { de: 'Bei Minderjährigen fehlt ein gültiges erweitertes Führungszeugnis.', en: 'Minors are involved and there is no valid extended police certificate.' },
    lock_excluded: { de: 'Dieses Paar ist ausgeschlossen.', en: 'This pair is excluded.' },
  },
});
