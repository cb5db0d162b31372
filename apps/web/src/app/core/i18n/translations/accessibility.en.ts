import type { accessibilityDe } from './accessibility.de';

export const accessibilityEn: typeof accessibilityDe = {
  easyLanguageTitle: 'Leichte Sprache',
  title: 'Accessibility',
};
