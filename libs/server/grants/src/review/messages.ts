import { ErrorCode } from '@miteinander/contracts';
import { AppError, registerMessages, requestContext } from '@miteinander/server-platform';
// The shared texts first, so the refinements below win whatever order the module imports its files in.
import '../messages';
import { grantConflict, registerGrantTexts } from '../problems';

/** Field labels and rule texts of review and decisions (scores, conflicts, approvals, budget). */
registerGrantTexts({
  fields: {
    scores: { de: 'Bewertung', en: 'Scores' },
    criterion: { de: 'Kriterium', en: 'Criterion' },
    points: { de: 'Punkte', en: 'Points' },
    comment: { de: 'Kommentar', en: 'Comment' },
    conditions: { de: 'Auflagen', en: 'Conditions' },
    kind: { de: 'Export', en: 'Export' },
  },
  rules: {
    overRequested: { de: 'Höchstens der beantragte Betrag ({limit}) ist möglich.', en: 'At most the amount requested ({limit}) is possible.' },
    reasonRequired: { de: 'Bitte geben Sie eine Begründung an.', en: 'Please give a reason.' },
    grantNotInReview: {
      de: 'Das geht nur, solange der Antrag in der Begutachtung ist.',
      en: 'This is only possible while the application is in review.',
    },
    grantAlreadyDecided: { de: 'Über diesen Antrag wurde schon entschieden.', en: 'This application has already been decided.' },
    grantBudgetExceeded: { de: 'Das Budget reicht nicht: noch {remaining} frei.', en: 'The budget is not enough: {remaining} left.' },
    grantConflictDeclared: {
      de: 'Sie haben einen Interessenkonflikt erklärt. Deshalb können Sie diesen Antrag nicht bewerten.',
      en: 'You have declared a conflict of interest. So you cannot score this application.',
    },
    grantOwnApplication: { de: 'Über Ihren eigenen Antrag können Sie nicht entscheiden.', en: 'You cannot decide on your own application.' },
    grantNotDecided: { de: 'Über diesen Antrag wurde noch nicht entschieden.', en: 'This application has not been decided yet.' },
    exportKind: { de: 'Diese Liste gibt es nicht. Möglich sind: Anträge, Entscheidungen, Auszahlungen.', en: 'There is no such list. Possible: applications, decisions, payments.' },
  },
});

// Labels for the class-validator messages of the review and decision DTOs.
registerMessages({
  fields: {
    scores: { de: 'Bewertung', en: 'Scores' },
    conditions: { de: 'Auflagen', en: 'Conditions' },
  },
});

/** A 403 that says why in plain words (the generic "not allowed" would leave the reviewer guessing). */
export function grantForbidden(rule: string): AppError {
  const conflict = grantConflict(rule);
  const message = conflict.errors?.[0]?.message ?? '';
  return new AppError(403, ErrorCode.NotPossibleNow, [{ field: 'status', message }], message);
}

export const langOfRequest = (): 'de' | 'en' => (requestContext.current()?.locale === 'en' ? 'en' : 'de');
