export type CardLang = 'de' | 'en';

/** The printed card and its letter, in German or English. */
export const CARD_TEXTS: Record<CardLang, {
  title: string;
  number: string;
  validFrom: string;
  validUntil: string;
  lifetime: string;
  verify: string;
  letterGreeting: (name: string) => string;
  letterBody: (county: string) => string;
  letterUse: string;
  letterClosing: string;
  cutHere: string;
  revoked: string;
}> = {
  de: {
    title: 'Ehrenamtskarte',
    number: 'Kartennummer',
    validFrom: 'gültig ab',
    validUntil: 'gültig bis',
    lifetime: 'unbefristet',
    verify: 'Echtheit prüfen: QR-Code scannen',
    letterGreeting: (name) => `Liebe/r ${name},`,
    letterBody: (county) => `vielen Dank für Ihr Engagement! Als Anerkennung erhalten Sie die Ehrenamtskarte des ${county}. Sie finden sie oben auf diesem Blatt: Schneiden Sie sie entlang der Linie aus und tragen Sie sie bei sich.`,
    letterUse: 'Zeigen Sie die Karte bei den teilnehmenden Partnern zusammen mit einem Ausweis vor. Über den QR-Code kann jeder prüfen, ob die Karte gültig ist; dabei werden nur Ihre Initialen und das Ablaufdatum angezeigt.',
    letterClosing: 'Mit herzlichen Grüßen\nIhre Freiwilligenzentrale',
    cutHere: 'hier ausschneiden',
    revoked: 'WIDERRUFEN',
  },
  en: {
    title: 'Honorary card',
    number: 'Card number',
    validFrom: 'valid from',
    validUntil: 'valid until',
    lifetime: 'no expiry date',
    verify: 'Check authenticity: scan the QR code',
    letterGreeting: (name) => `Dear ${name},`,
    letterBody: (county) => `thank you for volunteering! In recognition, you receive the honorary card (Ehrenamtskarte) of ${county}. It is at the top of this page: cut it out along the line and carry it with you.`,
    letterUse: 'Show the card together with an ID at participating partners. Anyone can check with the QR code whether the card is valid; it shows only your initials and the expiry date.',
    letterClosing: 'Kind regards\nYour volunteer centre',
    cutHere: 'cut here',
    revoked: 'REVOKED',
  },
};
