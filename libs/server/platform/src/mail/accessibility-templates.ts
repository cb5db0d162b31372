import type { TemplateDefinition } from './template-catalog';

/** Feedback from the accessibility statement's form (BITV 2.0 § 7): staff read it, so German and English suffice. */
export const ACCESSIBILITY_TEMPLATES: Record<'accessibility-feedback', TemplateDefinition> = {
  'accessibility-feedback': {
    audience: 'staff',
    // The county must answer every report of a barrier: nobody may switch this off.
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'page', 'message', 'replyTo'],
    actionUrl: null,
    secret: [],
    samples: {
      page: '/volunteers',
      message: 'Die Tabelle der Stunden lässt sich mit dem Screenreader nicht spaltenweise lesen.',
      replyTo: 'a.muster@example.org',
    },
    texts: {
      de: {
        subject: 'Rückmeldung zur Barrierefreiheit: {{page}}',
        body: 'Hallo {{name}},\n\nüber die Erklärung zur Barrierefreiheit ist eine Rückmeldung eingegangen.\n\nSeite: {{page}}\n\nNachricht:\n{{message}}\n\nAntwort an: {{replyTo}}\n\nBitte prüfen Sie die Barriere und antworten Sie möglichst innerhalb eines Monats.',
        actionLabel: null,
      },
      en: {
        subject: 'Accessibility feedback: {{page}}',
        body: 'Hello {{name}},\n\nfeedback has arrived through the accessibility statement.\n\nPage: {{page}}\n\nMessage:\n{{message}}\n\nReply to: {{replyTo}}\n\nPlease look into the barrier and answer within one month if you can.',
        actionLabel: null,
      },
    },
  },
};
