export const accessibilityDe = {
  easyLanguageTitle: 'Leichte Sprache',
  title: 'Barrierefreiheit',
};
