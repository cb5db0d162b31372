import { ErrorCode, type Locale } from '@miteinander/contracts';

type Lang = 'de' | 'en';
const lang = (locale: Locale | undefined): Lang => (locale === 'en' || locale === 'ar' ? 'en' : 'de');

/** Human labels for request fields, so an error names the field the person sees. */
const FIELD_LABELS: Record<string, Record<Lang, string>> = {
  email: { de: 'E-Mail-Adresse', en: 'Email address' },
  password: { de: 'Passwort', en: 'Password' },
  currentPassword: { de: 'Aktuelles Passwort', en: 'Current password' },
  newPassword: { de: 'Neues Passwort', en: 'New password' },
  displayName: { de: 'Name', en: 'Name' },
  role: { de: 'Rolle', en: 'Role' },
  roles: { de: 'Rollen', en: 'Roles' },
  locale: { de: 'Sprache', en: 'Language' },
  token: { de: 'Link', en: 'Link' },
  active: { de: 'Aktiv', en: 'Active' },
  page: { de: 'Seite', en: 'Page' },
  pageSize: { de: 'Einträge pro Seite', en: 'Items per page' },
  sort: { de: 'Sortierung', en: 'Sort order' },
};

export function fieldLabel(field: string, locale?: Locale): string {
  return FIELD_LABELS[field]?.[lang(locale)] ?? field;
}

/** Validation messages per class-validator constraint; `{n}` is the constraint's number. */
const CONSTRAINTS: Record<string, Record<Lang, string>> = {
  isEmail: { de: 'Bitte eine gültige E-Mail-Adresse angeben.', en: 'Please enter a valid email address.' },
  isNotEmpty: { de: 'Bitte ausfüllen.', en: 'Please fill this in.' },
  isDefined: { de: 'Bitte ausfüllen.', en: 'Please fill this in.' },
  isString: { de: 'Bitte Text angeben.', en: 'Please enter text.' },
  minLength: { de: 'Bitte mindestens {n} Zeichen angeben.', en: 'Please enter at least {n} characters.' },
  maxLength: { de: 'Bitte höchstens {n} Zeichen angeben.', en: 'Please enter at most {n} characters.' },
  isIn: { de: 'Dieser Wert ist nicht erlaubt.', en: 'This value is not allowed.' },
  isEnum: { de: 'Dieser Wert ist nicht erlaubt.', en: 'This value is not allowed.' },
  isBoolean: { de: 'Bitte ja oder nein angeben.', en: 'Please give yes or no.' },
  isInt: { de: 'Bitte eine ganze Zahl angeben.', en: 'Please enter a whole number.' },
  min: { de: 'Bitte mindestens {n} angeben.', en: 'Please enter at least {n}.' },
  max: { de: 'Bitte höchstens {n} angeben.', en: 'Please enter at most {n}.' },
  isArray: { de: 'Bitte eine Liste angeben.', en: 'Please give a list.' },
  arrayMinSize: { de: 'Bitte mindestens {n} auswählen.', en: 'Please choose at least {n}.' },
  arrayMaxSize: { de: 'Bitte höchstens {n} auswählen.', en: 'Please choose at most {n}.' },
  arrayUnique: { de: 'Bitte jeden Wert nur einmal angeben.', en: 'Please give each value only once.' },
  whitelistValidation: { de: 'Dieses Feld ist hier nicht vorgesehen.', en: 'This field is not expected here.' },
  isUuid: { de: 'Ungültige Kennung.', en: 'Invalid identifier.' },
  too_short: { de: 'Das Passwort braucht mindestens {n} Zeichen.', en: 'The password needs at least {n} characters.' },
  too_long: { de: 'Das Passwort ist zu lang.', en: 'The password is too long.' },
  too_common: { de: 'Dieses Passwort ist zu bekannt. Bitte ein anderes wählen.', en: 'This password is too common. Please choose another.' },
  contains_email: { de: 'Das Passwort darf die E-Mail-Adresse nicht enthalten.', en: 'The password must not contain the email address.' },
};

type Catalog = Record<string, Record<Lang, string>>;

/**
 * The tables are shared by every area: a second area giving the same key another text would silently rename the
 * first area's field (an award's "Grund" turning the volunteers' "Begründung" into "Grund"). That is a programming
 * error, found at start-up; scope such a label by its request class (`NominationDto.reason`).
 */
function addAll(table: Catalog, entries: Catalog | undefined, kind: string): void {
  for (const [key, texts] of Object.entries(entries ?? {})) {
    const known = table[key];
    if (known && (known.de !== texts.de || known.en !== texts.en)) {
      throw new Error(`${kind} "${key}" is registered twice with different texts ("${known.de}" / "${texts.de}"): scope one of them by its DTO class`);
    }
    table[key] = texts;
  }
}

/**
 * Each area registers the labels of its own fields and the texts of its own rules (e.g. `dateInFuture`),
 * so this file does not grow with every feature.
 */
export function registerMessages(messages: { fields?: Catalog; constraints?: Catalog }): void {
  addAll(FIELD_LABELS, messages.fields, 'Field label');
  addAll(CONSTRAINTS, messages.constraints, 'Constraint text');
}

export function constraintMessage(constraint: string, locale?: Locale, n?: string | number): string {
  const text = CONSTRAINTS[constraint]?.[lang(locale)] ?? (lang(locale) === 'de' ? 'Ungültiger Wert.' : 'Invalid value.');
  return text.replace('{n}', String(n ?? ''));
}

const ERRORS: Record<ErrorCode, Record<Lang, string>> = {
  [ErrorCode.Validation]: { de: 'Bitte prüfen Sie die markierten Felder.', en: 'Please check the marked fields.' },
  [ErrorCode.PayloadTooLarge]: { de: 'Die Anfrage ist zu groß.', en: 'The request is too large.' },
  [ErrorCode.UnsupportedFileType]: { de: 'Nur PDF, JPEG oder PNG sind erlaubt.', en: 'Only PDF, JPEG or PNG are allowed.' },
  [ErrorCode.MalformedBody]: { de: 'Die Anfrage ist kein gültiges JSON.', en: 'The request is not valid JSON.' },
  [ErrorCode.Unauthenticated]: { de: 'Bitte melden Sie sich an.', en: 'Please sign in.' },
  [ErrorCode.Forbidden]: { de: 'Dafür fehlt Ihnen die Berechtigung.', en: 'You are not allowed to do this.' },
  [ErrorCode.CsrfInvalid]: { de: 'Die Sitzung ist abgelaufen. Bitte laden Sie die Seite neu.', en: 'Your session expired. Please reload the page.' },
  [ErrorCode.NotFound]: { de: 'Nicht gefunden.', en: 'Not found.' },
  [ErrorCode.Conflict]: { de: 'Das wurde inzwischen geändert. Bitte neu laden.', en: 'This was changed meanwhile. Please reload.' },
  [ErrorCode.InvalidCredentials]: { de: 'E-Mail-Adresse oder Passwort stimmen nicht.', en: 'Email address or password is wrong.' },
  [ErrorCode.EmailNotVerified]: {
    de: 'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse über den Link in unserer E-Mail.',
    en: 'Please confirm your email address first, using the link in our email.',
  },
  [ErrorCode.AccountDeactivated]: { de: 'Dieses Konto ist deaktiviert.', en: 'This account is deactivated.' },
  [ErrorCode.TooManyAttempts]: {
    de: 'Zu viele Versuche. Bitte warten Sie {n} Minuten.',
    en: 'Too many attempts. Please wait {n} minutes.',
  },
  [ErrorCode.TokenInvalid]: {
    de: 'Dieser Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.',
    en: 'This link is invalid or has expired. Please ask for a new one.',
  },
  [ErrorCode.EmailTaken]: { de: 'Diese E-Mail-Adresse ist bereits registriert.', en: 'This email address is already registered.' },
  [ErrorCode.LastAdmin]: {
    de: 'Es muss mindestens ein aktives Admin-Konto bleiben.',
    en: 'At least one active admin account must remain.',
  },
  [ErrorCode.TemplateInvalid]: {
    de: 'Die Vorlage enthält Fehler. Bitte prüfen Sie die markierten Zeilen.',
    en: 'The template has errors. Please check the marked lines.',
  },
  [ErrorCode.NotResendable]: {
    de: 'Nur fehlgeschlagene oder unterdrückte E-Mails können erneut gesendet werden.',
    en: 'Only failed or suppressed emails can be sent again.',
  },
  [ErrorCode.TransitionNotAllowed]: {
    de: 'Dieser Schritt ist jetzt nicht möglich. Möglich ist: {n}.',
    en: 'This step is not possible now. Possible: {n}.',
  },
  [ErrorCode.StateConflict]: {
    de: 'Das ist in der Phase „{n}“ nicht möglich.',
    en: 'This is not possible in the stage "{n}".',
  },
  // The reason itself, written by the area that refuses (registered with its constraints).
  [ErrorCode.NotPossibleNow]: { de: '{n}', en: '{n}' },
  [ErrorCode.Internal]: { de: 'Ein interner Fehler ist aufgetreten.', en: 'An internal error occurred.' },
};

export function errorMessage(code: ErrorCode, locale?: Locale, n?: string | number): string {
  return ERRORS[code][lang(locale)].replace('{n}', String(n ?? ''));
}
