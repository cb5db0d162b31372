import type { TemplateDefinition } from './template-catalog';

/** Micro-project payments and final reports (Verwendungsnachweis): money paid, reminders, corrections, acceptance. */
export const GRANT_REPORT_TEMPLATES: Record<'grant-payment-paid' | 'grant-report-reminder' | 'grant-report-corrections' | 'grant-report-accepted', TemplateDefinition> = {
  'grant-payment-paid': {
    audience: 'everyone',
    // About the applicant's own money: always sent.
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'title', 'amount', 'paidOn', 'link'],
    actionUrl: 'link',
    secret: [],
    samples: { title: 'Nachbarschaftsfest am Muldeufer', amount: '1.500,00 €', paidOn: '03.12.2026' },
    texts: {
      de: { subject: 'Ihr Fördergeld wurde überwiesen', body: 'Hallo {{name}},\n\nfür Ihr Mikroprojekt „{{title}}“ haben wir am {{paidOn}} {{amount}} überwiesen.\n\nBitte denken Sie an den Verwendungsnachweis nach dem Ende des Projekts. Bewahren Sie alle Belege 5 Jahre auf.', actionLabel: 'Projekt ansehen' },
      en: { subject: 'Your grant has been paid', body: 'Hello {{name}},\n\nfor your micro-project “{{title}}” we transferred {{amount}} on {{paidOn}}.\n\nPlease remember the final report (Verwendungsnachweis) after the project ends. Keep all receipts for 5 years.', actionLabel: 'View project' },
      ar: { subject: 'تم تحويل مبلغ الدعم الخاص بك', body: 'مرحبًا {{name}}،\n\nقمنا في {{paidOn}} بتحويل مبلغ {{amount}} لمشروعك الصغير „{{title}}“.\n\nيرجى تذكّر تقديم تقرير استخدام الأموال (Verwendungsnachweis) بعد انتهاء المشروع. احتفظ بجميع الإيصالات لمدة 5 سنوات.', actionLabel: 'عرض المشروع' },
      uk: { subject: 'Кошти гранту перераховано', body: 'Вітаємо, {{name}}!\n\nДля вашого мікропроєкту „{{title}}“ ми {{paidOn}} переказали {{amount}}.\n\nБудь ласка, не забудьте після завершення проєкту подати звіт про використання коштів (Verwendungsnachweis). Зберігайте всі чеки 5 років.', actionLabel: 'Переглянути проєкт' },
      ru: { subject: 'Средства гранта перечислены', body: 'Здравствуйте, {{name}}!\n\nДля вашего микропроекта „{{title}}“ мы {{paidOn}} перечислили {{amount}}.\n\nПожалуйста, не забудьте после окончания проекта подать отчёт об использовании средств (Verwendungsnachweis). Храните все чеки 5 лет.', actionLabel: 'Посмотреть проект' },
      fa: { subject: 'مبلغ حمایت مالی شما واریز شد', body: 'سلام {{name}}،\n\nبرای پروژهٔ کوچک شما „{{title}}“ در تاریخ {{paidOn}} مبلغ {{amount}} واریز شد.\n\nلطفاً پس از پایان پروژه گزارش مصرف بودجه (Verwendungsnachweis) را فراموش نکنید. همهٔ رسیدها را ۵ سال نگه دارید.', actionLabel: 'مشاهدهٔ پروژه' },
    },
  },
  'grant-report-reminder': {
    audience: 'everyone',
    mandatory: false,
    reminderKind: 'microproject-report',
    variables: ['name', 'title', 'reference', 'dueDate', 'stage', 'link'],
    // Opens the report form of this project.
    actionUrl: 'link',
    secret: [],
    samples: { title: 'Nachbarschaftsfest am Muldeufer', reference: 'MP-2026-0007', dueDate: '30.06.2027', stage: 'Der Verwendungsnachweis ist in 14 Tagen fällig.' },
    texts: {
      de: { subject: 'Verwendungsnachweis für „{{title}}“ ({{reference}})', body: 'Hallo {{name}},\n\n{{stage}}\n\nBitte reichen Sie den Verwendungsnachweis für Ihr Mikroprojekt „{{title}}“ ({{reference}}) bis zum {{dueDate}} ein: einen kurzen Bericht, die tatsächlichen Kosten je Position, die Liste der Belege und die Zahl der Teilnehmenden.', actionLabel: 'Verwendungsnachweis ausfüllen' },
      en: { subject: 'Final report for “{{title}}” ({{reference}})', body: 'Hello {{name}},\n\n{{stage}}\n\nPlease send the final report (Verwendungsnachweis) for your micro-project “{{title}}” ({{reference}}) by {{dueDate}}: a short report, the actual costs per line, the list of receipts and the number of participants.', actionLabel: 'Fill in the final report' },
      ar: { subject: 'تقرير استخدام الأموال لمشروع „{{title}}“ ({{reference}})', body: 'مرحبًا {{name}}،\n\n{{stage}}\n\nيرجى تقديم تقرير استخدام الأموال (Verwendungsnachweis) لمشروعك الصغير „{{title}}“ ({{reference}}) حتى {{dueDate}}: تقرير قصير، والتكاليف الفعلية لكل بند، وقائمة الإيصالات، وعدد المشاركين.', actionLabel: 'تعبئة التقرير' },
      uk: { subject: 'Звіт про використання коштів для „{{title}}“ ({{reference}})', body: 'Вітаємо, {{name}}!\n\n{{stage}}\n\nБудь ласка, подайте звіт про використання коштів (Verwendungsnachweis) для вашого мікропроєкту „{{title}}“ ({{reference}}) до {{dueDate}}: короткий опис, фактичні витрати за кожною позицією, список чеків і кількість учасників.', actionLabel: 'Заповнити звіт' },
      ru: { subject: 'Отчёт об использовании средств для „{{title}}“ ({{reference}})', body: 'Здравствуйте, {{name}}!\n\n{{stage}}\n\nПожалуйста, подайте отчёт об использовании средств (Verwendungsnachweis) для вашего микропроекта „{{title}}“ ({{reference}}) до {{dueDate}}: краткое описание, фактические расходы по каждой позиции, список чеков и число участников.', actionLabel: 'Заполнить отчёт' },
      fa: { subject: 'گزارش مصرف بودجه برای „{{title}}“ ({{reference}})', body: 'سلام {{name}}،\n\n{{stage}}\n\nلطفاً گزارش مصرف بودجه (Verwendungsnachweis) پروژهٔ کوچک خود „{{title}}“ ({{reference}}) را تا {{dueDate}} بفرستید: یک گزارش کوتاه، هزینه‌های واقعی هر ردیف، فهرست رسیدها و تعداد شرکت‌کنندگان.', actionLabel: 'پر کردن گزارش' },
    },
  },
  'grant-report-corrections': {
    audience: 'everyone',
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'title', 'comment', 'link'],
    actionUrl: 'link',
    secret: [],
    samples: { title: 'Nachbarschaftsfest am Muldeufer', comment: 'Bitte ergänzen Sie den Beleg für die Saalmiete.' },
    texts: {
      de: { subject: 'Bitte ergänzen Sie Ihren Verwendungsnachweis', body: 'Hallo {{name}},\n\nwir haben Ihren Verwendungsnachweis für „{{title}}“ geprüft. Bitte ändern oder ergänzen Sie noch etwas:\n\n{{comment}}\n\nDanach reichen Sie den Nachweis bitte noch einmal ein.', actionLabel: 'Nachweis bearbeiten' },
      en: { subject: 'Please correct your final report', body: 'Hello {{name}},\n\nwe have checked your final report for “{{title}}”. Please change or add the following:\n\n{{comment}}\n\nThen please send the report again.', actionLabel: 'Edit report' },
      ar: { subject: 'يرجى استكمال تقرير استخدام الأموال', body: 'مرحبًا {{name}}،\n\nراجعنا تقرير استخدام الأموال لمشروع „{{title}}“. يرجى تعديل أو إضافة ما يلي:\n\n{{comment}}\n\nبعد ذلك يرجى إرسال التقرير مرة أخرى.', actionLabel: 'تعديل التقرير' },
      uk: { subject: 'Будь ласка, доповніть звіт про використання коштів', body: 'Вітаємо, {{name}}!\n\nМи перевірили ваш звіт для „{{title}}“. Будь ласка, змініть або доповніть таке:\n\n{{comment}}\n\nПісля цього, будь ласка, подайте звіт ще раз.', actionLabel: 'Редагувати звіт' },
      ru: { subject: 'Пожалуйста, дополните отчёт об использовании средств', body: 'Здравствуйте, {{name}}!\n\nМы проверили ваш отчёт для „{{title}}“. Пожалуйста, измените или дополните следующее:\n\n{{comment}}\n\nЗатем, пожалуйста, подайте отчёт ещё раз.', actionLabel: 'Редактировать отчёт' },
      fa: { subject: 'لطفاً گزارش مصرف بودجه را تکمیل کنید', body: 'سلام {{name}}،\n\nگزارش مصرف بودجهٔ شما برای „{{title}}“ را بررسی کردیم. لطفاً این موارد را تغییر دهید یا کامل کنید:\n\n{{comment}}\n\nسپس لطفاً گزارش را دوباره بفرستید.', actionLabel: 'ویرایش گزارش' },
    },
  },
  'grant-report-accepted': {
    audience: 'everyone',
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'title', 'link'],
    actionUrl: 'link',
    secret: [],
    samples: { title: 'Nachbarschaftsfest am Muldeufer' },
    texts: {
      de: { subject: 'Ihr Verwendungsnachweis ist angenommen', body: 'Hallo {{name}},\n\nwir haben Ihren Verwendungsnachweis für „{{title}}“ geprüft und angenommen. Das Mikroprojekt ist damit abgeschlossen.\n\nBitte bewahren Sie alle Belege 5 Jahre auf. Vielen Dank für Ihr Engagement!', actionLabel: 'Projekt ansehen' },
      en: { subject: 'Your final report has been accepted', body: 'Hello {{name}},\n\nwe have checked and accepted your final report for “{{title}}”. The micro-project is now closed.\n\nPlease keep all receipts for 5 years. Thank you for your commitment!', actionLabel: 'View project' },
      ar: { subject: 'تم قبول تقرير استخدام الأموال', body: 'مرحبًا {{name}}،\n\nراجعنا تقرير استخدام الأموال لمشروع „{{title}}“ وقبلناه. وبذلك يكون المشروع الصغير قد اكتمل.\n\nيرجى الاحتفاظ بجميع الإيصالات لمدة 5 سنوات. شكرًا جزيلًا على عطائك!', actionLabel: 'عرض المشروع' },
      uk: { subject: 'Ваш звіт про використання коштів прийнято', body: 'Вітаємо, {{name}}!\n\nМи перевірили й прийняли ваш звіт для „{{title}}“. Мікропроєкт завершено.\n\nБудь ласка, зберігайте всі чеки 5 років. Дякуємо за вашу працю!', actionLabel: 'Переглянути проєкт' },
      ru: { subject: 'Ваш отчёт об использовании средств принят', body: 'Здравствуйте, {{name}}!\n\nМы проверили и приняли ваш отчёт для „{{title}}“. Микропроект завершён.\n\nПожалуйста, храните все чеки 5 лет. Спасибо за вашу работу!', actionLabel: 'Посмотреть проект' },
      fa: { subject: 'گزارش مصرف بودجهٔ شما پذیرفته شد', body: 'سلام {{name}}،\n\nگزارش مصرف بودجهٔ شما برای „{{title}}“ را بررسی کردیم و پذیرفتیم. پروژهٔ کوچک به پایان رسید.\n\nلطفاً همهٔ رسیدها را ۵ سال نگه دارید. از همکاری شما سپاسگزاریم!', actionLabel: 'مشاهدهٔ پروژه' },
    },
  },
};
