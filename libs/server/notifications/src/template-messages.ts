import type { Locale } from '@miteinander/contracts';
import type { TemplateProblem } from '@miteinander/domain-reminders';

/** A template problem as a sentence naming the line, in the editor's language. */
export function problemMessage(p: TemplateProblem, locale?: Locale): string {
  const en = locale === 'en' || locale === 'ar';
  if (p.detail === 'empty') return en ? 'Please enter a subject.' : 'Bitte einen Betreff angeben.';
  switch (p.kind) {
    case 'unknown_variable':
      return en ? `Line ${p.line}: unknown variable “${p.detail}”.` : `Zeile ${p.line}: Unbekannte Variable „${p.detail}“.`;
    case 'not_allowed':
      return en
        ? `Line ${p.line}: only simple placeholders like {{name}} are allowed.`
        : `Zeile ${p.line}: Nur einfache Platzhalter wie {{name}} sind erlaubt.`;
    case 'html':
      return en ? `Line ${p.line}: HTML such as ${p.detail} is not allowed; the layout adds the formatting.` : `Zeile ${p.line}: HTML wie ${p.detail} ist nicht erlaubt; das Layout übernimmt die Gestaltung.`;
    default:
      return en ? `Line ${p.line}: broken placeholder (check the curly braces).` : `Zeile ${p.line}: Fehlerhafter Platzhalter (bitte die geschweiften Klammern prüfen).`;
  }
}
