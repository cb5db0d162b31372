import { registerMessages } from '@miteinander/server-platform';
import { registerGrantTexts } from './problems';

/**
 * Labels of the application form and call fields, and the texts of every rule in GRANT_PROBLEM_RULES plus the
 * conflicts of calls, applications, attachments and the pre-check. Plain, short German first.
 * Labels are generic on purpose (`amountCents` is "Betrag"): a path like `costLines.2.amountCents` is read
 * part by part, so the same key serves the cost plan, payments and decisions.
 */
registerGrantTexts({
  fields: {
    // The application form
    data: { de: 'Antrag', en: 'Application' },
    applicantType: { de: 'Art der Antragstellung', en: 'Type of applicant' },
    organisationName: { de: 'Name der Initiative oder des Vereins', en: 'Name of the initiative or association' },
    cooperatingOrganisation: { de: 'Kooperationspartner', en: 'Cooperating organisation' },
    contactPhone: { de: 'Telefon', en: 'Phone' },
    title: { de: 'Titel', en: 'Title' },
    goals: { de: 'Ziele', en: 'Goals' },
    targetGroup: { de: 'Zielgruppe', en: 'Target group' },
    fieldOfAction: { de: 'Handlungsfeld', en: 'Field of action' },
    projectArea: { de: 'Projektbereich', en: 'Project area' },
    municipalityId: { de: 'Gemeinde', en: 'Municipality' },
    startDate: { de: 'Beginn', en: 'Start' },
    endDate: { de: 'Ende', en: 'End' },
    plannedRefugees: { de: 'Geplante Teilnehmende mit Fluchterfahrung', en: 'Planned participants with refugee background' },
    plannedLocals: { de: 'Geplante Teilnehmende aus der Nachbarschaft', en: 'Planned local participants' },
    costLines: { de: 'Kostenplan', en: 'Cost plan' },
    id: { de: 'Kennung', en: 'Key' },
    category: { de: 'Kostenart', en: 'Cost category' },
    description: { de: 'Beschreibung', en: 'Description' },
    amountCents: { de: 'Betrag', en: 'Amount' },
    ownContributionCents: { de: 'Eigenanteil', en: 'Own contribution' },
    otherFundingCents: { de: 'Andere Förderung', en: 'Other funding' },
    otherFundingSource: { de: 'Andere Förderung von', en: 'Other funding from' },
    requestedCents: { de: 'Beantragter Betrag', en: 'Amount requested' },
    accountHolder: { de: 'Kontoinhaber', en: 'Account holder' },
    iban: { de: 'IBAN', en: 'IBAN' },
    publicConsent: { de: 'Veröffentlichung', en: 'Publication' },
    shortDescription: { de: 'Kurzbeschreibung', en: 'Short description' },
    // The call
    call: { de: 'Förderaufruf', en: 'Funding call' },
    callId: { de: 'Förderaufruf', en: 'Funding call' },
    year: { de: 'Jahr', en: 'Year' },
    totalBudgetCents: { de: 'Gesamtbudget', en: 'Total budget' },
    maxPerProjectCents: { de: 'Höchstbetrag pro Projekt', en: 'Maximum per project' },
    maxPerLanguageCourseCents: { de: 'Höchstbetrag pro Sprachkurs', en: 'Maximum per language course' },
    deadline: { de: 'Einreichfrist', en: 'Deadline' },
    minLeadDays: { de: 'Tage zwischen Einreichen und Projektbeginn', en: 'Days between submission and project start' },
    fieldsOfAction: { de: 'Handlungsfelder', en: 'Fields of action' },
    projectAreas: { de: 'Projektbereiche', en: 'Project areas' },
    code: { de: 'Kürzel', en: 'Code' },
    label: { de: 'Bezeichnung', en: 'Label' },
    languageCourse: { de: 'Sprachkurs', en: 'Language course' },
    criteria: { de: 'Bewertungskriterien', en: 'Assessment criteria' },
    weight: { de: 'Gewichtung', en: 'Weight' },
    reportMonths: { de: 'Monate bis zum Verwendungsnachweis', en: 'Months until the final report' },
    status: { de: 'Status', en: 'Status' },
    reason: { de: 'Begründung', en: 'Reason' },
    // Pre-check, attachments, versions
    decision: { de: 'Entscheidung', en: 'Decision' },
    comments: { de: 'Kommentare', en: 'Comments' },
    general: { de: 'Allgemein', en: 'General' },
    file: { de: 'Datei', en: 'File' },
    from: { de: 'Von Version', en: 'From version' },
    to: { de: 'Bis Version', en: 'To version' },
    sort: { de: 'Sortierung', en: 'Sort order' },
  },
  rules: {
    // Shape
    unknownField: { de: 'Dieses Feld ist hier nicht vorgesehen.', en: 'This field is not expected here.' },
    type: { de: 'Die Angabe hat die falsche Form.', en: 'This entry has the wrong form.' },
    maxLength: { de: 'Bitte höchstens {max} Zeichen.', en: 'Please use at most {max} characters.' },
    oneOf: { de: 'Bitte einen Wert aus der Liste wählen.', en: 'Please choose a value from the list.' },
    date: { de: 'Bitte ein gültiges Datum angeben.', en: 'Please enter a valid date.' },
    notNegative: { de: 'Der Betrag darf nicht negativ sein.', en: 'The amount must not be negative.' },
    wholeCents: { de: 'Bitte einen gültigen Betrag in Euro angeben, z. B. 12,50.', en: 'Please enter a valid amount in euros, e.g. 12.50.' },
    tooLarge: { de: 'Der Betrag ist zu hoch.', en: 'The amount is too high.' },
    range: { de: 'Bitte eine ganze Zahl von {min} bis {max} angeben.', en: 'Please enter a whole number from {min} to {max}.' },
    tooMany: { de: 'Höchstens {max} Einträge sind möglich.', en: 'At most {max} entries are possible.' },
    pattern: { de: 'Bitte nur Kleinbuchstaben, Ziffern und Bindestriche (höchstens 40 Zeichen).', en: 'Please use only lower-case letters, digits and hyphens (at most 40 characters).' },
    duplicate: { de: 'Dieser Eintrag kommt doppelt vor.', en: 'This entry appears twice.' },
    // Completeness and rules at submission
    required: { de: 'Bitte ausfüllen.', en: 'Please fill this in.' },
    costLinesRequired: { de: 'Bitte tragen Sie mindestens eine Kostenposition ein.', en: 'Please enter at least one cost item.' },
    callNotOpen: { de: 'Der Förderaufruf ist noch nicht veröffentlicht.', en: 'The funding call has not been published yet.' },
    callPaused: {
      de: 'Der Förderaufruf ist pausiert. Sie können gerade keinen Antrag einreichen. Grund: {reason}',
      en: 'The funding call is paused. You cannot submit an application right now. Reason: {reason}',
    },
    callClosed: { de: 'Der Förderaufruf ist beendet.', en: 'The funding call is closed.' },
    deadlinePassed: { de: 'Die Frist ist am {deadline} abgelaufen.', en: 'The deadline was {deadline}.' },
    notInCall: { de: 'Das bietet dieser Förderaufruf nicht an.', en: 'This funding call does not offer this.' },
    areaNotInField: { de: 'Der Projektbereich gehört zu einem anderen Handlungsfeld.', en: 'The project area belongs to another field of action.' },
    endBeforeStart: { de: 'Das Ende liegt vor dem Beginn.', en: 'The end is before the start.' },
    startTooSoon: {
      de: 'Das Projekt kann frühestens am {earliest} beginnen ({days} Tage nach dem Einreichen).',
      en: 'The project can start on {earliest} at the earliest ({days} days after submission).',
    },
    requestedMismatch: {
      de: 'Der Betrag passt nicht zum Kostenplan: Kosten minus Eigenanteil minus andere Förderung = {computed}.',
      en: 'The amount does not match the cost plan: costs minus own contribution minus other funding = {computed}.',
    },
    overLimit: { de: 'Höchstens {limit} sind möglich.', en: 'At most {limit} is possible.' },
    nothingToFund: {
      de: 'Nach Eigenanteil und anderer Förderung bleibt nichts zu fördern.',
      en: 'After your own contribution and other funding there is nothing left to fund.',
    },
    financingExceedsCosts: { de: 'Eigenanteil und andere Förderung sind zusammen höher als die Kosten.', en: 'Own contribution and other funding together exceed the costs.' },
    iban: { de: 'Das ist keine gültige IBAN. Bitte prüfen Sie die Angabe.', en: 'This is not a valid IBAN. Please check it.' },
    participantsRequired: { de: 'Bitte planen Sie mindestens eine teilnehmende Person ein.', en: 'Please plan at least one participant.' },
    // Decisions, payments, reviews (the review and decision texts may refine these)
    notPositive: { de: 'Der Betrag muss mindestens 0,01 € sein.', en: 'The amount must be at least €0.01.' },
    overRequested: { de: 'Der Betrag darf nicht höher sein als der beantragte Betrag.', en: 'The amount must not be higher than the amount requested.' },
    overApproved: { de: 'Höchstens {left} können noch abgerufen werden.', en: 'At most {left} can still be requested.' },
    unknownCriterion: { de: 'Dieses Kriterium gibt es in diesem Aufruf nicht.', en: 'This call has no such criterion.' },
    points: { de: 'Bitte eine ganze Zahl von {min} bis {max} angeben.', en: 'Please enter a whole number from {min} to {max}.' },
    unknownLine: { de: 'Diese Position steht nicht im Kostenplan.', en: 'This item is not in the cost plan.' },
    // Call settings
    notAboveBudget: { de: 'Darf nicht höher sein als das Gesamtbudget.', en: 'Must not be higher than the total budget.' },
    notAboveProjectLimit: { de: 'Darf nicht höher sein als der Höchstbetrag pro Projekt.', en: 'Must not be higher than the maximum per project.' },

    // Conflicts (409) of calls
    callNotEditable: { de: 'Ein beendeter Förderaufruf kann nicht mehr geändert werden.', en: 'A closed funding call can no longer be changed.' },
    budgetBelowApproved: {
      de: 'Das Budget darf nicht kleiner sein als die schon bewilligten {amount}.',
      en: 'The budget must not be smaller than the {amount} already approved.',
    },
    callStatusNotAllowed: { de: 'Dieser Statuswechsel ist nicht möglich.', en: 'This status change is not possible.' },
    // Conflicts of applications
    notEditable: { de: 'Der Antrag kann in diesem Stand nicht geändert werden.', en: 'The application cannot be changed at this stage.' },
    alreadySubmitted: { de: 'Der Antrag ist schon eingereicht.', en: 'The application has already been submitted.' },
    notWithdrawable: { de: 'Der Antrag kann nicht mehr zurückgezogen werden.', en: 'The application can no longer be withdrawn.' },
    notInPrecheck: { de: 'Die Vorprüfung ist nur bei einem eingereichten Antrag möglich.', en: 'The pre-check is only possible for a submitted application.' },
    commentRequired: { de: 'Bitte schreiben Sie mindestens einen Kommentar.', en: 'Please write at least one comment.' },
    // Attachments
    tooManyAttachments: { de: 'Höchstens {max} Anhänge pro Antrag sind möglich.', en: 'At most {max} attachments per application are possible.' },
    fileTooLarge: { de: 'Die Datei ist zu groß. Höchstens {mb} MB sind möglich.', en: 'The file is too large. At most {mb} MB is possible.' },
    fileType: { de: 'Nur PDF, JPEG oder PNG. Diese Datei ist keines davon.', en: 'Only PDF, JPEG or PNG. This file is none of these.' },
    fileMissing: { de: 'Bitte wählen Sie eine Datei aus.', en: 'Please choose a file.' },
    fileEmpty: { de: 'Die Datei ist leer.', en: 'The file is empty.' },
    // Versions
    versionNumber: { de: 'Bitte eine Versionsnummer (ganze Zahl ab 1) angeben.', en: 'Please give a version number (a whole number from 1).' },
  },
});

/** Labels for the few request fields the validation pipe checks itself (ids, list filters, choices). */
registerMessages({
  fields: {
    callId: { de: 'Förderaufruf', en: 'Funding call' },
    status: { de: 'Status', en: 'Status' },
    q: { de: 'Suche', en: 'Search' },
    dir: { de: 'Reihenfolge', en: 'Direction' },
    'GrantPrecheckDto.decision': { de: 'Entscheidung', en: 'Decision' },
    'GrantCallStatusDto.reason': { de: 'Begründung', en: 'Reason' },
  },
});
