import type { MailLocale, MailTemplateName, ReminderKind, TemplateAudience } from '@miteinander/contracts';
import { CARD_TEMPLATES } from './card-templates';
import { GRANT_APPLICATION_TEMPLATES } from './grant-application-templates';
import { GRANT_DECISION_TEMPLATES } from './grant-decision-templates';
import { GRANT_REPORT_TEMPLATES } from './grant-report-templates';
import { EVENT_TEMPLATES } from './event-templates';
import { ACCESSIBILITY_TEMPLATES } from './accessibility-templates';

export interface TemplateTexts {
  subject: string;
  /** Paragraphs separated by blank lines; `{{variable}}` placeholders. */
  body: string;
  actionLabel: string | null;
}

export interface TemplateDefinition {
  audience: TemplateAudience;
  mandatory: boolean;
  reminderKind: ReminderKind | null;
  variables: string[];
  /** The variable holding the action button's URL. */
  actionUrl: string | null;
  /** Variables that must not stay readable in the mail log after delivery (one-time links). */
  secret: string[];
  /** Realistic values for the admin preview, for variables beyond the common ones (name, link, count, …). */
  samples?: Record<string, string>;
  texts: Partial<Record<MailLocale, TemplateTexts>> & { de: TemplateTexts; en: TemplateTexts };
}

/** The built-in texts (version 1 of every template). Admins save newer versions in the app. */
export const TEMPLATE_CATALOG: Record<MailTemplateName, TemplateDefinition> = {
  'verify-email': {
    audience: 'everyone',
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'link'],
    actionUrl: 'link',
    secret: ['link'],
    texts: {
      de: { subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse', body: 'Hallo {{name}},\n\nwillkommen bei Miteinander! Bitte bestätigen Sie Ihre E-Mail-Adresse. Der Link gilt 48 Stunden.', actionLabel: 'E-Mail-Adresse bestätigen' },
      en: { subject: 'Please confirm your email address', body: 'Hello {{name}},\n\nwelcome to Miteinander! Please confirm your email address. The link is valid for 48 hours.', actionLabel: 'Confirm email address' },
      ar: { subject: 'يرجى تأكيد عنوان بريدك الإلكتروني', body: 'مرحبًا {{name}}،\n\nأهلًا بك في Miteinander! يرجى تأكيد عنوان بريدك الإلكتروني. الرابط صالح لمدة 48 ساعة.', actionLabel: 'تأكيد البريد الإلكتروني' },
      uk: { subject: 'Будь ласка, підтвердьте свою електронну адресу', body: 'Вітаємо, {{name}}!\n\nЛаскаво просимо до Miteinander! Будь ласка, підтвердьте свою електронну адресу. Посилання дійсне 48 годин.', actionLabel: 'Підтвердити адресу' },
      ru: { subject: 'Пожалуйста, подтвердите свой адрес электронной почты', body: 'Здравствуйте, {{name}}!\n\nДобро пожаловать в Miteinander! Пожалуйста, подтвердите свой адрес электронной почты. Ссылка действительна 48 часов.', actionLabel: 'Подтвердить адрес' },
      fa: { subject: 'لطفاً نشانی ایمیل خود را تأیید کنید', body: 'سلام {{name}}،\n\nبه Miteinander خوش آمدید! لطفاً نشانی ایمیل خود را تأیید کنید. این پیوند ۴۸ ساعت معتبر است.', actionLabel: 'تأیید نشانی ایمیل' },
    },
  },
  'password-reset': {
    audience: 'everyone',
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'link'],
    actionUrl: 'link',
    secret: ['link'],
    texts: {
      de: { subject: 'Passwort zurücksetzen', body: 'Hallo {{name}},\n\njemand hat ein neues Passwort für Ihr Konto angefordert. Der Link gilt 1 Stunde. Wenn Sie das nicht waren, ignorieren Sie diese E-Mail.', actionLabel: 'Neues Passwort festlegen' },
      en: { subject: 'Reset your password', body: 'Hello {{name}},\n\nsomeone asked for a new password for your account. The link is valid for 1 hour. If this was not you, ignore this email.', actionLabel: 'Set a new password' },
      ar: { subject: 'إعادة تعيين كلمة المرور', body: 'مرحبًا {{name}}،\n\nطلب شخص ما كلمة مرور جديدة لحسابك. الرابط صالح لمدة ساعة واحدة. إذا لم تكن أنت، فتجاهل هذه الرسالة.', actionLabel: 'تعيين كلمة مرور جديدة' },
      uk: { subject: 'Скидання пароля', body: 'Вітаємо, {{name}}!\n\nХтось запросив новий пароль для вашого облікового запису. Посилання дійсне 1 годину. Якщо це були не ви, просто проігноруйте цей лист.', actionLabel: 'Встановити новий пароль' },
      ru: { subject: 'Сброс пароля', body: 'Здравствуйте, {{name}}!\n\nКто-то запросил новый пароль для вашей учётной записи. Ссылка действительна 1 час. Если это были не вы, просто проигнорируйте это письмо.', actionLabel: 'Задать новый пароль' },
      fa: { subject: 'بازنشانی رمز عبور', body: 'سلام {{name}}،\n\nکسی برای حساب شما رمز عبور جدید درخواست کرده است. این پیوند ۱ ساعت معتبر است. اگر شما نبوده‌اید، این ایمیل را نادیده بگیرید.', actionLabel: 'تعیین رمز عبور جدید' },
    },
  },
  invitation: {
    audience: 'staff',
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'inviter', 'link'],
    actionUrl: 'link',
    secret: ['link'],
    texts: {
      de: { subject: 'Einladung zu Miteinander', body: 'Hallo {{name}},\n\n{{inviter}} hat Sie zu Miteinander eingeladen. Legen Sie Ihr Passwort fest, um loszulegen. Der Link gilt 7 Tage.', actionLabel: 'Passwort festlegen' },
      en: { subject: 'Invitation to Miteinander', body: 'Hello {{name}},\n\n{{inviter}} invited you to Miteinander. Set your password to get started. The link is valid for 7 days.', actionLabel: 'Set your password' },
    },
  },
  'hours-nudge': {
    audience: 'everyone',
    mandatory: false,
    reminderKind: 'hours-nudge',
    variables: ['name', 'month', 'link'],
    actionUrl: 'link',
    secret: [],
    texts: {
      de: { subject: 'Haben Sie Ihre Stunden für {{month}} schon eingetragen?', body: 'Hallo {{name}},\n\nvielen Dank für Ihr Engagement! Bitte tragen Sie Ihre ehrenamtlichen Stunden für {{month}} ein. Sie zählen für Ihren Nachweis und die Ehrenamtskarte.', actionLabel: 'Stunden eintragen' },
      en: { subject: 'Have you logged your hours for {{month}}?', body: 'Hello {{name}},\n\nthank you for volunteering! Please log your volunteer hours for {{month}}. They count towards your certificate and the honorary card.', actionLabel: 'Log hours' },
      ar: { subject: 'هل سجّلت ساعاتك لشهر {{month}}؟', body: 'مرحبًا {{name}}،\n\nشكرًا لتطوعك! يرجى تسجيل ساعات عملك التطوعي لشهر {{month}}. فهي تُحتسب في شهادتك وفي بطاقة التطوع.', actionLabel: 'تسجيل الساعات' },
      uk: { subject: 'Чи внесли ви свої години за {{month}}?', body: 'Вітаємо, {{name}}!\n\nДякуємо за вашу волонтерську роботу! Будь ласка, внесіть свої години за {{month}}. Вони враховуються у вашому підтвердженні та для почесної картки волонтера.', actionLabel: 'Внести години' },
      ru: { subject: 'Вы уже внесли свои часы за {{month}}?', body: 'Здравствуйте, {{name}}!\n\nСпасибо за ваше волонтёрское участие! Пожалуйста, внесите свои часы за {{month}}. Они учитываются в вашем подтверждении и для почётной карты волонтёра.', actionLabel: 'Внести часы' },
      fa: { subject: 'آیا ساعت‌های خود را برای {{month}} ثبت کرده‌اید؟', body: 'سلام {{name}}،\n\nاز همکاری داوطلبانه شما سپاسگزاریم! لطفاً ساعت‌های داوطلبانه خود را برای {{month}} ثبت کنید. این ساعت‌ها در گواهی شما و کارت افتخاری داوطلبان حساب می‌شوند.', actionLabel: 'ثبت ساعت‌ها' },
    },
  },
  'hours-approval-digest': {
    audience: 'staff',
    mandatory: false,
    reminderKind: 'hours-approval-digest',
    variables: ['name', 'count', 'oldest', 'link'],
    actionUrl: 'link',
    // For organisation contacts the link is a capability link to approve without an account.
    secret: ['link'],
    texts: {
      de: { subject: '{{count}} Stundeneinträge warten auf Freigabe', body: 'Hallo {{name}},\n\n{{count}} Stundeneinträge warten auf Ihre Freigabe. Der älteste ist vom {{oldest}}.', actionLabel: 'Einträge prüfen' },
      en: { subject: '{{count}} hour entries are waiting for approval', body: 'Hello {{name}},\n\n{{count}} hour entries are waiting for your approval. The oldest is from {{oldest}}.', actionLabel: 'Review entries' },
    },
  },
  'reminder-digest': {
    audience: 'everyone',
    mandatory: false,
    reminderKind: null,
    variables: ['name', 'items', 'count'],
    actionUrl: null,
    secret: [],
    texts: {
      de: { subject: 'Ihre Erinnerungen dieser Woche ({{count}})', body: 'Hallo {{name}},\n\nhier sind Ihre Erinnerungen dieser Woche:\n\n{{items}}', actionLabel: null },
      en: { subject: 'Your reminders this week ({{count}})', body: 'Hello {{name}},\n\nhere are your reminders for this week:\n\n{{items}}', actionLabel: null },
      ar: { subject: 'تذكيراتك لهذا الأسبوع ({{count}})', body: 'مرحبًا {{name}}،\n\nإليك تذكيراتك لهذا الأسبوع:\n\n{{items}}', actionLabel: null },
      uk: { subject: 'Ваші нагадування цього тижня ({{count}})', body: 'Вітаємо, {{name}}!\n\nОсь ваші нагадування на цей тиждень:\n\n{{items}}', actionLabel: null },
      ru: { subject: 'Ваши напоминания на этой неделе ({{count}})', body: 'Здравствуйте, {{name}}!\n\nВот ваши напоминания на эту неделю:\n\n{{items}}', actionLabel: null },
      fa: { subject: 'یادآوری‌های این هفته شما ({{count}})', body: 'سلام {{name}}،\n\nیادآوری‌های این هفته شما:\n\n{{items}}', actionLabel: null },
    },
  },
  'hours-approval-request': {
    audience: 'everyone',
    mandatory: false,
    reminderKind: null,
    variables: ['name', 'organisation', 'count', 'expires', 'link'],
    actionUrl: 'link',
    // Whoever holds the link can decide the organisation's hours until it expires.
    secret: ['link'],
    samples: { organisation: 'Tafel Borna e. V.', expires: '15.12.2026' },
    texts: {
      de: { subject: 'Bitte bestätigen Sie die Stunden für {{organisation}}', body: 'Hallo {{name}},\n\nEhrenamtliche haben Stunden für {{organisation}} eingetragen. {{count}} Einträge warten derzeit auf Ihre Bestätigung. Über den Link können Sie sie ohne Anmeldung prüfen, bestätigen oder mit Begründung ablehnen.\n\nDer Link gilt bis zum {{expires}} und nur für Ihre Einsatzstelle. Bitte geben Sie ihn nicht weiter.', actionLabel: 'Stunden prüfen' },
      en: { subject: 'Please confirm volunteer hours for {{organisation}}', body: 'Hello {{name}},\n\nvolunteers have logged hours for {{organisation}}. {{count}} entries are currently waiting for your confirmation. The link lets you review them and confirm or reject them (with a reason) without signing in.\n\nThe link is valid until {{expires}} and only for your organisation. Please do not pass it on.', actionLabel: 'Review hours' },
      ar: { subject: 'يرجى تأكيد ساعات التطوع لدى {{organisation}}', body: 'مرحبًا {{name}}،\n\nسجّل متطوعون ساعات عمل لدى {{organisation}}. هناك حاليًا {{count}} من الإدخالات بانتظار تأكيدك. يمكنك عبر الرابط مراجعتها وتأكيدها أو رفضها مع ذكر السبب دون تسجيل الدخول.\n\nالرابط صالح حتى {{expires}} ولجهتك فقط. يرجى عدم مشاركته مع أحد.', actionLabel: 'مراجعة الساعات' },
      uk: { subject: 'Будь ласка, підтвердьте волонтерські години для {{organisation}}', body: 'Вітаємо, {{name}}!\n\nВолонтери внесли години для {{organisation}}. Наразі {{count}} записів очікують на ваше підтвердження. За посиланням ви можете переглянути їх, підтвердити або відхилити із зазначенням причини — без входу в систему.\n\nПосилання дійсне до {{expires}} і лише для вашої організації. Будь ласка, нікому його не пересилайте.', actionLabel: 'Переглянути години' },
      ru: { subject: 'Пожалуйста, подтвердите волонтёрские часы для {{organisation}}', body: 'Здравствуйте, {{name}}!\n\nВолонтёры внесли часы для {{organisation}}. Сейчас {{count}} записей ожидают вашего подтверждения. По ссылке вы можете просмотреть их, подтвердить или отклонить с указанием причины — без входа в систему.\n\nСсылка действительна до {{expires}} и только для вашей организации. Пожалуйста, никому её не пересылайте.', actionLabel: 'Проверить часы' },
      fa: { subject: 'لطفاً ساعت‌های داوطلبانه در {{organisation}} را تأیید کنید', body: 'سلام {{name}}،\n\nداوطلبان ساعت‌هایی را برای {{organisation}} ثبت کرده‌اند. اکنون {{count}} مورد در انتظار تأیید شماست. با این پیوند می‌توانید بدون ورود به حساب، آن‌ها را بررسی، تأیید یا با ذکر دلیل رد کنید.\n\nاین پیوند تا {{expires}} و فقط برای سازمان شما معتبر است. لطفاً آن را برای کسی نفرستید.', actionLabel: 'بررسی ساعت‌ها' },
    },
  },
  'hours-rejected': {
    audience: 'everyone',
    // A decision about the volunteer's own entries: always sent.
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'entries', 'reason', 'link'],
    actionUrl: 'link',
    secret: [],
    samples: { entries: '• 03.11.2026: Begleitung zum Jobcenter (1,5 h)', reason: 'Bitte geben Sie die Einsatzstelle an.' },
    texts: {
      de: { subject: 'Stunden nicht bestätigt', body: 'Hallo {{name}},\n\nfolgende Stunden wurden leider nicht bestätigt:\n{{entries}}\n\nBegründung: {{reason}}\n\nSie können die Einträge korrigieren und erneut einreichen. Bei Fragen wenden Sie sich gern an die Koordination.', actionLabel: 'Meine Stunden ansehen' },
      en: { subject: 'Hours not confirmed', body: 'Hello {{name}},\n\nunfortunately the following hours were not confirmed:\n{{entries}}\n\nReason: {{reason}}\n\nYou can correct the entries and submit them again. If you have questions, please contact the coordination office.', actionLabel: 'View my hours' },
      ar: { subject: 'لم يتم تأكيد ساعاتك', body: 'مرحبًا {{name}}،\n\nللأسف لم يتم تأكيد الساعات التالية:\n{{entries}}\n\nالسبب: {{reason}}\n\nيمكنك تصحيح الإدخالات وإرسالها مرة أخرى. إذا كانت لديك أسئلة، يُرجى التواصل مع مكتب التنسيق.', actionLabel: 'عرض ساعاتي' },
      uk: { subject: 'Години не підтверджено', body: 'Вітаємо, {{name}}!\n\nНа жаль, такі години не було підтверджено:\n{{entries}}\n\nПричина: {{reason}}\n\nВи можете виправити записи й надіслати їх знову. Якщо у вас є запитання, зверніться, будь ласка, до координаційного офісу.', actionLabel: 'Переглянути мої години' },
      ru: { subject: 'Часы не подтверждены', body: 'Здравствуйте, {{name}}!\n\nК сожалению, следующие часы не были подтверждены:\n{{entries}}\n\nПричина: {{reason}}\n\nВы можете исправить записи и отправить их снова. Если у вас есть вопросы, пожалуйста, обратитесь в координационный офис.', actionLabel: 'Посмотреть мои часы' },
      fa: { subject: 'ساعت‌های شما تأیید نشد', body: 'سلام {{name}}،\n\nمتأسفانه ساعت‌های زیر تأیید نشد:\n{{entries}}\n\nدلیل: {{reason}}\n\nمی‌توانید موارد را اصلاح کنید و دوباره بفرستید. اگر پرسشی دارید، لطفاً با دفتر هماهنگی تماس بگیرید.', actionLabel: 'مشاهده ساعت‌های من' },
    },
  },
  'police-certificate-reinspection': {
    audience: 'everyone',
    mandatory: false,
    reminderKind: 'police-certificate',
    variables: ['name', 'validUntil', 'link'],
    actionUrl: 'link',
    secret: [],
    samples: { validUntil: '01.03.2027' },
    texts: {
      de: { subject: 'Ihr erweitertes Führungszeugnis muss bald erneuert werden', body: 'Hallo {{name}},\n\ndie Einsichtnahme in Ihr erweitertes Führungszeugnis gilt bis {{validUntil}}. Damit Sie weiter mit Kindern und Jugendlichen tätig sein können, beantragen Sie bitte rechtzeitig ein neues Führungszeugnis und zeigen Sie es der Koordination. Das Dokument selbst behalten Sie; wir notieren nur das Datum.', actionLabel: 'Mein Engagement ansehen' },
      en: { subject: 'Your extended police certificate needs renewing soon', body: 'Hello {{name}},\n\nthe inspection of your extended police certificate is valid until {{validUntil}}. To keep working with children and young people, please apply for a new certificate in good time and show it to the coordination office. You keep the document; we only note the date.', actionLabel: 'View my volunteering' },
      ar: { subject: 'يجب تجديد شهادة حسن السيرة والسلوك الموسّعة قريبًا', body: 'مرحبًا {{name}}،\n\nالاطلاع على شهادة حسن السيرة والسلوك الموسّعة الخاصة بك صالح حتى {{validUntil}}. لكي تواصل العمل مع الأطفال والشباب، يُرجى طلب شهادة جديدة في الوقت المناسب وعرضها على مكتب التنسيق. تحتفظ أنت بالوثيقة؛ ونحن نسجّل التاريخ فقط.', actionLabel: 'عرض تطوعي' },
      uk: { subject: 'Вашу розширену довідку про несудимість скоро треба оновити', body: 'Вітаємо, {{name}}!\n\nПеревірка вашої розширеної довідки про несудимість дійсна до {{validUntil}}. Щоб і далі працювати з дітьми та молоддю, будь ласка, вчасно замовте нову довідку й покажіть її координаційному офісу. Документ залишається у вас; ми записуємо лише дату.', actionLabel: 'Переглянути мою волонтерську діяльність' },
      ru: { subject: 'Ваше расширенное свидетельство о несудимости скоро нужно обновить', body: 'Здравствуйте, {{name}}!\n\nПроверка вашего расширенного свидетельства о несудимости действительна до {{validUntil}}. Чтобы и дальше работать с детьми и молодёжью, пожалуйста, своевременно закажите новое свидетельство и покажите его в координационном офисе. Документ остаётся у вас; мы записываем только дату.', actionLabel: 'Посмотреть мою волонтёрскую деятельность' },
      fa: { subject: 'گواهی عدم سوء پیشینهٔ گستردهٔ شما به‌زودی باید تمدید شود', body: 'سلام {{name}}،\n\nبررسی گواهی عدم سوء پیشینهٔ گستردهٔ شما تا {{validUntil}} معتبر است. برای اینکه بتوانید همچنان با کودکان و نوجوانان کار کنید، لطفاً به‌موقع گواهی جدید درخواست کنید و آن را به دفتر هماهنگی نشان دهید. سند نزد خود شما می‌ماند؛ ما فقط تاریخ را ثبت می‌کنیم.', actionLabel: 'مشاهدهٔ فعالیت داوطلبانهٔ من' },
    },
  },
  'sponsorship-checkin-overdue': {
    audience: 'staff',
    mandatory: false,
    reminderKind: 'sponsorship-checkin',
    variables: ['name', 'sponsorship', 'volunteer', 'dueDate', 'link'],
    actionUrl: 'link',
    secret: [],
    samples: { sponsorship: 'Familie H.', volunteer: 'Lena M.', dueDate: '01.12.2026' },
    texts: {
      de: { subject: 'Gespräch überfällig: {{sponsorship}}', body: 'Hallo {{name}},\n\ndas Gespräch mit {{sponsorship}} und {{volunteer}} war am {{dueDate}} fällig und ist noch nicht erfasst. Bitte vereinbaren Sie einen Termin und tragen Sie das Gespräch danach ein.', actionLabel: 'Patenschaft öffnen' },
      en: { subject: 'Check-in overdue: {{sponsorship}}', body: 'Hello {{name}},\n\nthe check-in with {{sponsorship}} and {{volunteer}} was due on {{dueDate}} and has not been recorded yet. Please arrange a talk and record it afterwards.', actionLabel: 'Open the sponsorship' },
    },
  },
  ...CARD_TEMPLATES,
  ...GRANT_APPLICATION_TEMPLATES,
  ...GRANT_DECISION_TEMPLATES,
  ...GRANT_REPORT_TEMPLATES,
  ...EVENT_TEMPLATES,
  ...ACCESSIBILITY_TEMPLATES,
};

/** Layout strings around every template. */
export const LAYOUT_TEXTS: Record<MailLocale, { settings: string; mandatoryNote: string }> = {
  de: { settings: 'E-Mail-Einstellungen', mandatoryNote: 'Diese Nachricht ist für Ihr Konto notwendig und lässt sich nicht abbestellen.' },
  en: { settings: 'Email settings', mandatoryNote: 'This message is required for your account and cannot be switched off.' },
  ar: { settings: 'إعدادات البريد الإلكتروني', mandatoryNote: 'هذه الرسالة ضرورية لحسابك ولا يمكن إيقافها.' },
  uk: { settings: 'Налаштування електронної пошти', mandatoryNote: 'Це повідомлення потрібне для вашого облікового запису, і його не можна вимкнути.' },
  ru: { settings: 'Настройки электронной почты', mandatoryNote: 'Это сообщение необходимо для вашей учётной записи, его нельзя отключить.' },
  fa: { settings: 'تنظیمات ایمیل', mandatoryNote: 'این پیام برای حساب شما ضروری است و نمی‌توان آن را غیرفعال کرد.' },
};
