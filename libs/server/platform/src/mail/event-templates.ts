import type { TemplateDefinition } from './template-catalog';

type EventTemplate = 'event-invitation' | 'event-rsvp-received' | 'event-waitlist-promoted' | 'event-reminder' | 'event-thank-you' | 'event-nomination-request';

const EVENT_SAMPLES = { title: 'Ehrenamtsempfang 2026', when: 'Freitag, 11. Dezember 2026, 18:00 Uhr', venue: 'Rathaus Borna, Festsaal, Markt 1, 04552 Borna', rsvpDeadline: '04.12.2026', admissionCode: 'K7QM-3XZP-9TRA' };

/** Recognition events: invitation (with calendar file and admission QR code), answers, waiting list, reminders, thanks, nominations. */
export const EVENT_TEMPLATES: Record<EventTemplate, TemplateDefinition> = {
  'event-invitation': {
    audience: 'everyone',
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'title', 'when', 'venue', 'rsvpDeadline', 'admissionCode', 'link'],
    actionUrl: 'link',
    // The link answers for the invitee; the code lets them in.
    secret: ['link', 'admissionCode'],
    samples: EVENT_SAMPLES,
    texts: {
      de: { subject: 'Einladung: {{title}}', body: 'Hallo {{name}},\n\nwir laden Sie herzlich ein: {{title}}\n\nWann: {{when}}\nWo: {{venue}}\n\nBitte sagen Sie uns bis zum {{rsvpDeadline}}, ob Sie kommen. Über den Link können Sie zu- oder absagen und uns sagen, was Sie für einen barrierefreien Besuch oder beim Essen brauchen. Bis zur Frist können Sie Ihre Antwort ändern.\n\nIhr Einlass-Code: {{admissionCode}} (der QR-Code im Anhang enthält ihn). Die Kalenderdatei im Anhang trägt den Termin in Ihren Kalender ein.', actionLabel: 'Zusagen oder absagen' },
      en: { subject: 'Invitation: {{title}}', body: 'Hello {{name}},\n\nwe warmly invite you: {{title}}\n\nWhen: {{when}}\nWhere: {{venue}}\n\nPlease tell us by {{rsvpDeadline}} whether you will come. With the link you can accept or decline and tell us what you need for an accessible visit or for the food. You can change your answer until the deadline.\n\nYour admission code: {{admissionCode}} (the attached QR code contains it). The attached calendar file adds the date to your calendar.', actionLabel: 'Accept or decline' },
      ar: { subject: 'دعوة: {{title}}', body: 'مرحبًا {{name}}،\n\nيسعدنا أن ندعوك إلى: {{title}}\n\nالموعد: {{when}}\nالمكان: {{venue}}\n\nيرجى إخبارنا حتى {{rsvpDeadline}} إن كنت ستحضر. عبر الرابط يمكنك قبول الدعوة أو الاعتذار، وإخبارنا بما تحتاجه لزيارة خالية من العوائق أو بخصوص الطعام. يمكنك تغيير إجابتك حتى الموعد النهائي.\n\nرمز الدخول الخاص بك (Einlass-Code): {{admissionCode}} (رمز QR المرفق يحتويه). ملف التقويم المرفق يضيف الموعد إلى تقويمك.', actionLabel: 'قبول أو اعتذار' },
      uk: { subject: 'Запрошення: {{title}}', body: 'Вітаємо, {{name}}!\n\nЩиро запрошуємо Вас: {{title}}\n\nКоли: {{when}}\nДе: {{venue}}\n\nБудь ласка, повідомте нас до {{rsvpDeadline}}, чи прийдете Ви. За посиланням Ви можете прийняти або відхилити запрошення та повідомити, що Вам потрібно для безбар’єрного відвідування або щодо харчування. До кінцевого терміну Ви можете змінити свою відповідь.\n\nВаш код входу (Einlass-Code): {{admissionCode}} (він міститься у QR-коді у вкладенні). Файл календаря у вкладенні додасть подію до Вашого календаря.', actionLabel: 'Прийняти або відхилити' },
      ru: { subject: 'Приглашение: {{title}}', body: 'Здравствуйте, {{name}}!\n\nСердечно приглашаем Вас: {{title}}\n\nКогда: {{when}}\nГде: {{venue}}\n\nПожалуйста, сообщите нам до {{rsvpDeadline}}, придёте ли Вы. По ссылке Вы можете принять или отклонить приглашение и сообщить, что Вам нужно для безбарьерного посещения или в отношении питания. До окончания срока Вы можете изменить свой ответ.\n\nВаш код входа (Einlass-Code): {{admissionCode}} (он содержится в QR-коде во вложении). Файл календаря во вложении добавит мероприятие в Ваш календарь.', actionLabel: 'Принять или отклонить' },
      fa: { subject: 'دعوت‌نامه: {{title}}', body: 'سلام {{name}}،\n\nصمیمانه شما را دعوت می‌کنیم: {{title}}\n\nزمان: {{when}}\nمکان: {{venue}}\n\nلطفاً تا {{rsvpDeadline}} به ما بگویید که آیا می‌آیید. با این لینک می‌توانید دعوت را بپذیرید یا رد کنید و به ما بگویید برای یک بازدید بدون مانع یا دربارهٔ غذا به چه چیزی نیاز دارید. تا پایان مهلت می‌توانید پاسخ خود را تغییر دهید.\n\nکد ورود شما (Einlass-Code): {{admissionCode}} (کد QR پیوست آن را در بر دارد). فایل تقویم پیوست، این قرار را به تقویم شما اضافه می‌کند.', actionLabel: 'پذیرفتن یا رد کردن' },
    },
  },
  'event-rsvp-received': {
    audience: 'everyone',
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'title', 'when', 'answer', 'link'],
    actionUrl: 'link',
    secret: ['link'],
    samples: { ...EVENT_SAMPLES, answer: 'Sie haben zugesagt. Wir freuen uns auf Sie!' },
    texts: {
      de: { subject: 'Ihre Antwort: {{title}}', body: 'Hallo {{name}},\n\nvielen Dank für Ihre Antwort zu „{{title}}“ ({{when}}).\n\n{{answer}}\n\nÜber den Link können Sie Ihre Antwort bis zur Frist ändern.', actionLabel: 'Antwort ansehen' },
      en: { subject: 'Your answer: {{title}}', body: 'Hello {{name}},\n\nthank you for your answer to “{{title}}” ({{when}}).\n\n{{answer}}\n\nWith the link you can change your answer until the deadline.', actionLabel: 'View your answer' },
      ar: { subject: 'إجابتك: {{title}}', body: 'مرحبًا {{name}}،\n\nشكرًا لإجابتك بخصوص «{{title}}» ({{when}}).\n\n{{answer}}\n\nعبر الرابط يمكنك تغيير إجابتك حتى الموعد النهائي.', actionLabel: 'عرض إجابتك' },
      uk: { subject: 'Ваша відповідь: {{title}}', body: 'Вітаємо, {{name}}!\n\nДякуємо за Вашу відповідь щодо «{{title}}» ({{when}}).\n\n{{answer}}\n\nЗа посиланням Ви можете змінити відповідь до кінцевого терміну.', actionLabel: 'Переглянути відповідь' },
      ru: { subject: 'Ваш ответ: {{title}}', body: 'Здравствуйте, {{name}}!\n\nСпасибо за Ваш ответ на приглашение «{{title}}» ({{when}}).\n\n{{answer}}\n\nПо ссылке Вы можете изменить ответ до окончания срока.', actionLabel: 'Посмотреть ответ' },
      fa: { subject: 'پاسخ شما: {{title}}', body: 'سلام {{name}}،\n\nاز پاسخ شما دربارهٔ «{{title}}» ({{when}}) سپاسگزاریم.\n\n{{answer}}\n\nبا این لینک می‌توانید تا پایان مهلت پاسخ خود را تغییر دهید.', actionLabel: 'دیدن پاسخ' },
    },
  },
  'event-waitlist-promoted': {
    audience: 'everyone',
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'title', 'when', 'venue', 'admissionCode', 'link'],
    actionUrl: 'link',
    secret: ['link', 'admissionCode'],
    samples: EVENT_SAMPLES,
    texts: {
      de: { subject: 'Ein Platz ist frei: {{title}}', body: 'Hallo {{name}},\n\ngute Nachricht: Für „{{title}}“ ist ein Platz frei geworden. Sie standen auf der Warteliste und sind jetzt angemeldet.\n\nWann: {{when}}\nWo: {{venue}}\n\nIhr Einlass-Code: {{admissionCode}} (der QR-Code im Anhang enthält ihn). Wenn Sie doch nicht kommen können, sagen Sie bitte über den Link ab, damit jemand anderes nachrücken kann.', actionLabel: 'Anmeldung ansehen' },
      en: { subject: 'A seat is free: {{title}}', body: 'Hello {{name}},\n\ngood news: a seat has become free for “{{title}}”. You were on the waiting list and are now registered.\n\nWhen: {{when}}\nWhere: {{venue}}\n\nYour admission code: {{admissionCode}} (the attached QR code contains it). If you cannot come after all, please decline with the link so that someone else can move up.', actionLabel: 'View registration' },
      ar: { subject: 'أصبح هناك مقعد متاح: {{title}}', body: 'مرحبًا {{name}}،\n\nخبر سار: أصبح هناك مقعد متاح في «{{title}}». كنت على قائمة الانتظار وأنت الآن مسجَّل.\n\nالموعد: {{when}}\nالمكان: {{venue}}\n\nرمز الدخول الخاص بك (Einlass-Code): {{admissionCode}} (رمز QR المرفق يحتويه). إذا لم تتمكن من الحضور، يرجى الاعتذار عبر الرابط حتى يتمكن شخص آخر من أخذ المقعد.', actionLabel: 'عرض التسجيل' },
      uk: { subject: 'Звільнилося місце: {{title}}', body: 'Вітаємо, {{name}}!\n\nДобра новина: на «{{title}}» звільнилося місце. Ви були в списку очікування і тепер зареєстровані.\n\nКоли: {{when}}\nДе: {{venue}}\n\nВаш код входу (Einlass-Code): {{admissionCode}} (він міститься у QR-коді у вкладенні). Якщо Ви все ж не зможете прийти, будь ласка, відмовтеся за посиланням, щоб місце отримав хтось інший.', actionLabel: 'Переглянути реєстрацію' },
      ru: { subject: 'Освободилось место: {{title}}', body: 'Здравствуйте, {{name}}!\n\nХорошая новость: на «{{title}}» освободилось место. Вы были в списке ожидания и теперь зарегистрированы.\n\nКогда: {{when}}\nГде: {{venue}}\n\nВаш код входа (Einlass-Code): {{admissionCode}} (он содержится в QR-коде во вложении). Если Вы всё же не сможете прийти, пожалуйста, откажитесь по ссылке, чтобы место получил кто-то другой.', actionLabel: 'Посмотреть регистрацию' },
      fa: { subject: 'یک جا خالی شد: {{title}}', body: 'سلام {{name}}،\n\nخبر خوب: برای «{{title}}» یک جا خالی شده است. شما در فهرست انتظار بودید و اکنون ثبت‌نام شده‌اید.\n\nزمان: {{when}}\nمکان: {{venue}}\n\nکد ورود شما (Einlass-Code): {{admissionCode}} (کد QR پیوست آن را در بر دارد). اگر نمی‌توانید بیایید، لطفاً با این لینک انصراف دهید تا فرد دیگری بتواند جای شما را بگیرد.', actionLabel: 'دیدن ثبت‌نام' },
    },
  },
  'event-reminder': {
    audience: 'everyone',
    mandatory: false,
    reminderKind: 'event-reminder',
    variables: ['name', 'title', 'when', 'venue', 'stage', 'link'],
    actionUrl: 'link',
    secret: ['link'],
    samples: { ...EVENT_SAMPLES, stage: 'In einer Woche ist es so weit.' },
    texts: {
      de: { subject: 'Erinnerung: {{title}}', body: 'Hallo {{name}},\n\n{{stage}}\n\n{{title}}\nWann: {{when}}\nWo: {{venue}}\n\nIhren Einlass-Code finden Sie in der Einladung. Über den Link sehen oder ändern Sie Ihre Antwort.', actionLabel: 'Antwort ansehen' },
      en: { subject: 'Reminder: {{title}}', body: 'Hello {{name}},\n\n{{stage}}\n\n{{title}}\nWhen: {{when}}\nWhere: {{venue}}\n\nYou will find your admission code in the invitation. With the link you can see or change your answer.', actionLabel: 'View your answer' },
      ar: { subject: 'تذكير: {{title}}', body: 'مرحبًا {{name}}،\n\n{{stage}}\n\n{{title}}\nالموعد: {{when}}\nالمكان: {{venue}}\n\nتجد رمز الدخول في الدعوة. عبر الرابط يمكنك عرض إجابتك أو تغييرها.', actionLabel: 'عرض إجابتك' },
      uk: { subject: 'Нагадування: {{title}}', body: 'Вітаємо, {{name}}!\n\n{{stage}}\n\n{{title}}\nКоли: {{when}}\nДе: {{venue}}\n\nКод входу Ви знайдете в запрошенні. За посиланням Ви можете переглянути або змінити свою відповідь.', actionLabel: 'Переглянути відповідь' },
      ru: { subject: 'Напоминание: {{title}}', body: 'Здравствуйте, {{name}}!\n\n{{stage}}\n\n{{title}}\nКогда: {{when}}\nГде: {{venue}}\n\nКод входа Вы найдёте в приглашении. По ссылке Вы можете посмотреть или изменить свой ответ.', actionLabel: 'Посмотреть ответ' },
      fa: { subject: 'یادآوری: {{title}}', body: 'سلام {{name}}،\n\n{{stage}}\n\n{{title}}\nزمان: {{when}}\nمکان: {{venue}}\n\nکد ورود خود را در دعوت‌نامه می‌یابید. با این لینک می‌توانید پاسخ خود را ببینید یا تغییر دهید.', actionLabel: 'دیدن پاسخ' },
    },
  },
  'event-thank-you': {
    audience: 'everyone',
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'title'],
    actionUrl: null,
    secret: [],
    samples: EVENT_SAMPLES,
    texts: {
      de: { subject: 'Danke, dass Sie da waren: {{title}}', body: 'Hallo {{name}},\n\nvielen Dank, dass Sie bei „{{title}}“ dabei waren. Ihr Engagement macht unseren Landkreis stärker.\n\nWir freuen uns, Sie bald wiederzusehen.', actionLabel: null },
      en: { subject: 'Thank you for coming: {{title}}', body: 'Hello {{name}},\n\nthank you for being with us at “{{title}}”. Your commitment makes our county stronger.\n\nWe look forward to seeing you again soon.', actionLabel: null },
      ar: { subject: 'شكرًا لحضورك: {{title}}', body: 'مرحبًا {{name}}،\n\nشكرًا جزيلًا لمشاركتك في «{{title}}». التزامك يجعل منطقتنا أقوى.\n\nنتطلع إلى رؤيتك مرة أخرى قريبًا.', actionLabel: null },
      uk: { subject: 'Дякуємо, що були з нами: {{title}}', body: 'Вітаємо, {{name}}!\n\nЩиро дякуємо, що Ви були з нами на «{{title}}». Ваша участь робить наш район сильнішим.\n\nСподіваємося незабаром побачити Вас знову.', actionLabel: null },
      ru: { subject: 'Спасибо, что были с нами: {{title}}', body: 'Здравствуйте, {{name}}!\n\nБольшое спасибо, что Вы были с нами на «{{title}}». Ваше участие делает наш район сильнее.\n\nНадеемся скоро увидеть Вас снова.', actionLabel: null },
      fa: { subject: 'از حضورتان سپاسگزاریم: {{title}}', body: 'سلام {{name}}،\n\nبسیار سپاسگزاریم که در «{{title}}» همراه ما بودید. تعهد شما شهرستان ما را قوی‌تر می‌کند.\n\nامیدواریم به‌زودی دوباره شما را ببینیم.', actionLabel: null },
    },
  },
  'event-nomination-request': {
    audience: 'everyone',
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'organisation', 'title', 'when', 'validUntil', 'link'],
    actionUrl: 'link',
    secret: ['link'],
    samples: { ...EVENT_SAMPLES, organisation: 'Willkommensinitiative Borna e. V.', validUntil: '27.11.2026' },
    texts: {
      de: { subject: 'Vorschläge für „{{title}}“ erbeten', body: 'Hallo {{name}},\n\nbei „{{title}}“ ({{when}}) ehren wir Menschen und Initiativen, die sich besonders engagieren. Wen aus {{organisation}} möchten Sie vorschlagen? Schreiben Sie uns über den Link kurz, warum. Sie brauchen dafür kein Konto. Der Link gilt bis zum {{validUntil}}.', actionLabel: 'Jemanden vorschlagen' },
      en: { subject: 'Nominations for “{{title}}” wanted', body: 'Hello {{name}},\n\nat “{{title}}” ({{when}}) we honour people and initiatives with outstanding commitment. Whom from {{organisation}} would you like to nominate? Tell us briefly why, using the link. You do not need an account. The link is valid until {{validUntil}}.', actionLabel: 'Nominate someone' },
      ar: { subject: 'نرجو ترشيحاتكم لـ «{{title}}»', body: 'مرحبًا {{name}}،\n\nفي «{{title}}» ({{when}}) نكرّم أشخاصًا ومبادرات يتميّزون بالتزام خاص. من ترغب في ترشيحه من {{organisation}}؟ اكتب لنا باختصار عبر الرابط سبب ترشيحك. لا تحتاج إلى حساب لذلك. الرابط صالح حتى {{validUntil}}.', actionLabel: 'ترشيح شخص' },
      uk: { subject: 'Просимо пропозиції для «{{title}}»', body: 'Вітаємо, {{name}}!\n\nНа «{{title}}» ({{when}}) ми відзначаємо людей та ініціативи з особливою активністю. Кого з {{organisation}} Ви хотіли б запропонувати? Коротко напишіть нам за посиланням, чому. Обліковий запис для цього не потрібен. Посилання дійсне до {{validUntil}}.', actionLabel: 'Запропонувати когось' },
      ru: { subject: 'Просим предложения для «{{title}}»', body: 'Здравствуйте, {{name}}!\n\nНа «{{title}}» ({{when}}) мы чествуем людей и инициативы, которые особенно активно помогают другим. Кого из {{organisation}} Вы хотели бы предложить? Коротко напишите нам по ссылке, почему. Учётная запись для этого не нужна. Ссылка действительна до {{validUntil}}.', actionLabel: 'Предложить кандидата' },
      fa: { subject: 'درخواست پیشنهاد برای «{{title}}»', body: 'سلام {{name}}،\n\nدر «{{title}}» ({{when}}) از افراد و ابتکارهایی که تعهد ویژه‌ای دارند قدردانی می‌کنیم. چه کسی از {{organisation}} را می‌خواهید پیشنهاد دهید؟ با این لینک به‌طور کوتاه برای ما بنویسید چرا. برای این کار به حساب کاربری نیاز ندارید. این لینک تا {{validUntil}} معتبر است.', actionLabel: 'پیشنهاد دادن' },
    },
  },
};
