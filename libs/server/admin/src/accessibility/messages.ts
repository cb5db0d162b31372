import { registerMessages } from '@miteinander/server-platform';

// Scoped by the DTO: `page` and `message` mean other things elsewhere (a list's page number).
registerMessages({
  fields: {
    'AccessibilityFeedbackDto.page': { de: 'Seite', en: 'Page' },
    'AccessibilityFeedbackDto.message': { de: 'Nachricht', en: 'Message' },
    'AccessibilityFeedbackDto.email': { de: 'E-Mail-Adresse für eine Antwort', en: 'Email address for an answer' },
    'AccessibilityFeedbackDto.website': { de: 'Webseite', en: 'Website' },
  },
});
