import type { TemplateDefinition } from './template-catalog';

/** Micro-project decisions: approval or rejection; the decision letter (Bescheid) is downloaded in the app. */
export const GRANT_DECISION_TEMPLATES: Record<'grant-decision', TemplateDefinition> = {
  'grant-decision': {
    audience: 'everyone',
    // A decision about the applicant's own application: always sent.
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'title', 'reference', 'decision', 'amount', 'link'],
    // Leads to the application in the app, where the letter can be downloaded.
    actionUrl: 'link',
    secret: [],
    samples: { title: 'Nachbarschaftsfest am Muldeufer', reference: 'MP-2026-0007', decision: 'Ihr Antrag wurde bewilligt. Sie erhalten 1.500,00 €.', amount: '1.500,00 €' },
    texts: {
      de: {
        subject: 'Entscheidung über Ihren Antrag {{reference}}',
        body: 'Hallo {{name}},\n\nüber Ihren Antrag auf Förderung eines Mikroprojekts „{{title}}“ (Aktenzeichen {{reference}}) wurde entschieden.\n\n{{decision}}\n\nDen Bescheid mit allen Einzelheiten können Sie in der App herunterladen. Dort sehen Sie auch, wie es weitergeht.',
        actionLabel: 'Antrag und Bescheid ansehen',
      },
      en: {
        subject: 'Decision on your application {{reference}}',
        body: 'Hello {{name}},\n\na decision has been made on your application for micro-project funding "{{title}}" (reference {{reference}}).\n\n{{decision}}\n\nYou can download the decision letter with all details in the app. There you can also see what happens next.',
        actionLabel: 'View application and letter',
      },
      ar: {
        subject: 'قرار بشأن طلبك {{reference}}',
        body: 'مرحبًا {{name}}،\n\nتم اتخاذ قرار بشأن طلبك لتمويل المشروع الصغير „{{title}}“ (الرقم المرجعي {{reference}}).\n\n{{decision}}\n\nيمكنك تنزيل خطاب القرار (Bescheid) بكل التفاصيل في التطبيق. وهناك ترى أيضًا الخطوات التالية.',
        actionLabel: 'عرض الطلب والقرار',
      },
      uk: {
        subject: 'Рішення щодо вашої заявки {{reference}}',
        body: 'Вітаємо, {{name}}!\n\nЩодо вашої заявки на фінансування мікропроєкту „{{title}}“ (номер {{reference}}) ухвалено рішення.\n\n{{decision}}\n\nЛист із рішенням (Bescheid) з усіма подробицями можна завантажити в застосунку. Там ви також побачите, що робити далі.',
        actionLabel: 'Переглянути заявку та рішення',
      },
      ru: {
        subject: 'Решение по вашей заявке {{reference}}',
        body: 'Здравствуйте, {{name}}!\n\nПо вашей заявке на финансирование микропроекта „{{title}}“ (номер {{reference}}) принято решение.\n\n{{decision}}\n\nПисьмо с решением (Bescheid) со всеми подробностями можно скачать в приложении. Там же вы увидите, что делать дальше.',
        actionLabel: 'Посмотреть заявку и решение',
      },
      fa: {
        subject: 'تصمیم دربارهٔ درخواست شما {{reference}}',
        body: 'سلام {{name}}،\n\nدربارهٔ درخواست شما برای حمایت مالی از پروژهٔ کوچک „{{title}}“ (شمارهٔ پرونده {{reference}}) تصمیم گرفته شد.\n\n{{decision}}\n\nنامهٔ تصمیم (Bescheid) را با همهٔ جزئیات می‌توانید در برنامه دانلود کنید. همان‌جا مراحل بعدی را هم می‌بینید.',
        actionLabel: 'مشاهدهٔ درخواست و نامهٔ تصمیم',
      },
    },
  },
};
