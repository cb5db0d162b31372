import type { MailLocale, MailTemplateName, ReminderKind, TemplateAudience } from '@miteinander/contracts';

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
    secret: [],
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
