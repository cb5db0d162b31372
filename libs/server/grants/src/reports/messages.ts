import { registerGrantTexts } from '../problems';

/**
 * Labels and texts for payment requests (Mittelabforderung) and the final report (Verwendungsnachweis); the rules
 * of domain-grants (overApproved, unknownLine …) and generic labels like `amountCents` are in ../messages.ts.
 */
registerGrantTexts({
  fields: {
    paidOn: { de: 'Tag der Zahlung', en: 'Payment date' },
    report: { de: 'Verwendungsnachweis', en: 'Final report' },
    narrative: { de: 'Sachbericht', en: 'Narrative report' },
    actualCosts: { de: 'Tatsächliche Kosten', en: 'Actual costs' },
    lineId: { de: 'Kostenposition', en: 'Cost line' },
    receipts: { de: 'Belege', en: 'Receipts' },
    issuer: { de: 'Aussteller', en: 'Issuer' },
    participantsRefugees: { de: 'Teilnehmende mit Fluchterfahrung', en: 'Participants with a refugee background' },
    participantsLocals: { de: 'Teilnehmende aus der Nachbarschaft', en: 'Local participants' },
    comment: { de: 'Kommentar', en: 'Comment' },
  },
  rules: {
    paidOnFuture: { de: 'Der Tag liegt in der Zukunft. Bitte geben Sie den Tag der Überweisung an.', en: 'This day is in the future. Please enter the day of the transfer.' },
    paidOnBeforeRequest: { de: 'Der Tag liegt vor der Mittelabforderung ({requested}).', en: 'This day is before the payment request ({requested}).' },
    // Conflicts (409): why this step is not possible now.
    paymentNotPossible: { de: 'Geld kann erst nach der Bewilligung abgerufen werden.', en: 'Money can only be requested after the approval.' },
    paymentOpen: { de: 'Eine Mittelabforderung wartet noch auf die Zahlung. Sie können danach wieder Geld abrufen.', en: 'A payment request is still waiting to be paid. You can request money again after that.' },
    paymentAllRequested: { de: 'Der bewilligte Betrag ist schon ganz abgerufen.', en: 'The whole approved amount has already been requested.' },
    paymentAlreadyPaid: { de: 'Diese Zahlung ist schon als bezahlt eingetragen.', en: 'This payment is already marked as paid.' },
    reportNotYet: { de: 'Den Verwendungsnachweis können Sie einreichen, wenn das erste Geld überwiesen ist.', en: 'You can file the final report once the first money has been paid.' },
    reportNotEditable: { de: 'Der Verwendungsnachweis ist eingereicht und kann gerade nicht geändert werden.', en: 'The final report has been filed and cannot be changed now.' },
    reportNotSubmitted: { de: 'Es liegt kein eingereichter Verwendungsnachweis zur Prüfung vor.', en: 'There is no filed final report to check.' },
  },
});
