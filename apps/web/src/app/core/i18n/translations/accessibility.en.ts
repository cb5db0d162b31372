import type { accessibilityDe } from './accessibility.de';

export const accessibilityEn: typeof accessibilityDe = {
  easyLanguageTitle: 'Leichte Sprache',
  title: 'Accessibility',
  footer: {
    label: 'Information',
    statement: 'Accessibility',
    easyLanguage: 'Easy German (Leichte Sprache)',
  },
  statement: {
    heading: 'Accessibility statement',
    intro:
      'The county strives to make the web application Miteinander accessible. The legal basis is the Free State of Saxony’s rules on accessible information technology, which implement Directive (EU) 2016/2102, and the German Accessible Information Technology Ordinance (BITV 2.0). The standard is WCAG 2.1 level AA, i.e. EN 301 549.',
    scope: 'This statement covers the Miteinander application with all its pages for volunteers, coordinators, applicants and host organisations, and the emails it sends.',
    statusHeading: 'Compliance status',
    status: 'Miteinander is partially compliant with the requirements. The content listed below is not yet, or not fully, accessible.',
    limitsHeading: 'Non-accessible content',
    limitsIntro: 'The following content is not accessible or only partly accessible:',
    limits: {
      charts: 'Charts in reports, evaluations and for the honorary card are images that screen readers announce only as a whole. The same figures are always given as a table below the chart and can be downloaded as a CSV file.',
      pdf: 'PDF documents (certificates, award certificates, decision letters, reports) are not tagged as accessible PDF (PDF/UA). Their content is also available as a page in the application; on request we send it to you in another form.',
      qr: 'The QR code for admission to events is an image. The code is also given as text in the invitation and can be typed in at the door.',
      easyLanguage: 'So far only an introduction is available in easy German (Leichte Sprache), not the whole application. Explanations in German Sign Language are not available yet.',
      translations: 'Some pages are not yet translated into Arabic and then appear in English.',
    },
    creationHeading: 'Preparation of this statement',
    creation:
      'This statement was prepared on 4 December 2026. It is based on a self-assessment: every page is checked automatically against WCAG 2.1 AA (axe) with every change, and use with the keyboard and on a phone is tested. The statement was last reviewed on 4 December 2026.',
    feedbackHeading: 'Feedback and contact',
    feedbackIntro:
      'Have you noticed a barrier? Or do you need content in another form? Write to us with this form. You do not need an account. The coordination office aims to answer within one month.',
    enforcementHeading: 'Enforcement procedure',
    enforcement:
      'If you receive no answer, or no satisfactory answer, to your feedback within one month, you can turn to the Free State of Saxony’s conciliation body for accessible information technology (enforcement procedure). The procedure is free of charge for you; you do not need a lawyer. The county’s coordination office can also give you the conciliation body’s contact details.',
    easyLanguageLink: 'Miteinander in easy German (Leichte Sprache)',
  },
  feedback: {
    page: 'Page',
    pageHint: 'Where is the barrier? For example “Log hours” or the address of the page.',
    message: 'Your message',
    messageHint: 'What does not work? What did you use the page with (e.g. screen reader, keyboard, magnification)?',
    email: 'Email address for an answer (optional)',
    emailHint: 'Only if you would like an answer. We use it for nothing else.',
    trap: 'Please leave empty',
    submit: 'Send feedback',
    sent: 'Thank you! Your feedback has arrived.',
    another: 'Write more feedback',
    tooMany: 'You have already sent several reports in a short time. Please try again in ten minutes.',
  },
  easyLanguage: {
    englishNote: 'This page is in easy German (Leichte Sprache), for people who find long German texts hard to read.',
  },
};
