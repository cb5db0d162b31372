import type { TranslateService } from '@ngx-translate/core';

/**
 * A form field path in words: `costLines.2.amountCents` → "Kostenplan, Zeile 3, Betrag" (the server names fields
 * the same way in its problems and version diffs).
 */
export function fieldLabel(path: string, translate: TranslateService): string {
  const t = (key: string, params?: Record<string, unknown>) => translate.instant(key, params) as string;
  const [top = '', ...rest] = path.split('.');
  const topKey = `grantsShared.fields.${top}`;
  const labels = [t(topKey) === topKey ? top : t(topKey)];
  for (const part of rest) {
    if (/^\d+$/.test(part)) labels.push(t('grantsStaff.fieldPath.line', { n: Number(part) + 1 }));
    else {
      const key = `grantsStaff.fieldPath.${part}`;
      labels.push(t(key) === key ? part : t(key));
    }
  }
  return labels.join(', ');
}

/** A stored value as short text for a diff or a table: lists and objects as JSON, nothing as a dash. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
