import { ErrorCode } from '@miteinander/contracts';
import type { GrantProblem } from '@miteinander/domain-grants';
import { AppError, requestContext } from '@miteinander/server-platform';

type Lang = 'de' | 'en';
type Texts = Record<string, Record<Lang, string>>;

const FIELDS: Texts = {};
const RULES: Texts = {};

/** Parameters that hold money (cents) and are shown in euros. */
const MONEY_PARAMS = new Set(['limit', 'computed', 'left', 'remaining', 'amount']);

/**
 * Each part of the grants area registers the labels of its fields and the plain-language texts of its rules;
 * `{param}` placeholders are filled from the problem's params (money in euros, dates as 31.10.2026).
 */
export function registerGrantTexts(texts: { fields?: Texts; rules?: Texts }): void {
  Object.assign(FIELDS, texts.fields);
  Object.assign(RULES, texts.rules);
}

const langOf = (): Lang => (requestContext.current()?.locale === 'en' ? 'en' : 'de');

function formatParam(key: string, value: string | number, lang: Lang): string {
  const locale = lang === 'de' ? 'de-DE' : 'en-GB';
  if (MONEY_PARAMS.has(key) && typeof value === 'number') {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value / 100);
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(`${value}T00:00:00Z`));
  }
  return String(value);
}

/** `costLines.2.amountCents` is labelled "Kosten, Zeile 3: Betrag". */
function fieldText(path: string, lang: Lang): string {
  const parts = path.split('.');
  const labels: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (/^\d+$/.test(part)) labels.push(lang === 'de' ? `Zeile ${Number(part) + 1}` : `line ${Number(part) + 1}`);
    else labels.push(FIELDS[part]?.[lang] ?? part);
  }
  return labels.join(', ');
}

export function problemMessage(p: GrantProblem, lang: Lang = langOf()): string {
  let text = RULES[p.rule]?.[lang] ?? (lang === 'de' ? 'Bitte prüfen Sie diese Angabe.' : 'Please check this entry.');
  for (const [key, value] of Object.entries(p.params ?? {})) text = text.split(`{${key}}`).join(formatParam(key, value, lang));
  return `${fieldText(p.field, lang)}: ${text}`;
}

/** A 400 listing every problem at once, each naming its field in the requester's language. */
export function grantProblemsError(problems: GrantProblem[]): AppError {
  const lang = langOf();
  return new AppError(400, ErrorCode.Validation, problems.map((p) => ({ field: p.field, message: problemMessage(p, lang) })));
}

/** A 409 saying in plain words why this is not possible now (budget used up, already decided …). */
export function grantConflict(rule: string, params?: Record<string, string | number>, field = 'status'): AppError {
  const message = problemMessage({ field, rule, params }, langOf()).replace(/^[^:]*: /, '');
  return new AppError(409, ErrorCode.NotPossibleNow, [{ field, message }], message);
}
