import { ErrorCode } from '@miteinander/contracts';
import { AppError } from './app-error';
import { requestContext } from '../context/request-context';

/** A broken rule on one field with named params (money, dates), as pure domain code reports it; the server words it. */
export interface ParamProblem {
  field: string;
  rule: string;
  params?: Record<string, string | number>;
}

type Lang = 'de' | 'en';
export type ProblemTextTable = Record<string, Record<Lang, string>>;

export interface ProblemTexts {
  /** Each part of an area registers the labels of its fields and the plain-language texts of its rules. */
  register(texts: { fields?: ProblemTextTable; rules?: ProblemTextTable }): void;
  message(p: ParamProblem, lang?: Lang): string;
  /** A 400 listing every problem at once, each naming its field in the requester's language. */
  problemsError(problems: ParamProblem[]): AppError;
  /** A 409 saying in plain words why this is not possible now. */
  conflict(rule: string, params?: Record<string, string | number>, field?: string): AppError;
}

const langOf = (): Lang => (requestContext.current()?.locale === 'en' ? 'en' : 'de');

/**
 * One area's message table: `{param}` placeholders are filled from the problem's params (money params in euros,
 * dates as 31.10.2026), and `costLines.2.amountCents` is labelled "Kosten, Zeile 3: Betrag".
 */
export function createProblemTexts(options: { moneyParams?: readonly string[] } = {}): ProblemTexts {
  const fields: ProblemTextTable = {};
  const rules: ProblemTextTable = {};
  const moneyParams = new Set(options.moneyParams ?? []);

  function formatParam(key: string, value: string | number, lang: Lang): string {
    const locale = lang === 'de' ? 'de-DE' : 'en-GB';
    if (moneyParams.has(key) && typeof value === 'number') {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value / 100);
    }
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(`${value}T00:00:00Z`));
    }
    return String(value);
  }

  function fieldText(path: string, lang: Lang): string {
    return path
      .split('.')
      .map((part) => (/^\d+$/.test(part) ? (lang === 'de' ? `Zeile ${Number(part) + 1}` : `line ${Number(part) + 1}`) : (fields[part]?.[lang] ?? part)))
      .join(', ');
  }

  function message(p: ParamProblem, lang: Lang = langOf()): string {
    let text = rules[p.rule]?.[lang] ?? (lang === 'de' ? 'Bitte prüfen Sie diese Angabe.' : 'Please check this entry.');
    for (const [key, value] of Object.entries(p.params ?? {})) text = text.split(`{${key}}`).join(formatParam(key, value, lang));
    return `${fieldText(p.field, lang)}: ${text}`;
  }

  return {
    register(texts) {
      Object.assign(fields, texts.fields);
      Object.assign(rules, texts.rules);
    },
    message,
    problemsError(problems) {
      const lang = langOf();
      return new AppError(400, ErrorCode.Validation, problems.map((p) => ({ field: p.field, message: message(p, lang) })));
    },
    conflict(rule, params, field = 'status') {
      const text = message({ field, rule, params }, langOf()).replace(/^[^:]*: /, '');
      return new AppError(409, ErrorCode.NotPossibleNow, [{ field, message: text }], text);
    },
  };
}
