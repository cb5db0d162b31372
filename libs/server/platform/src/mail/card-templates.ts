import type { TemplateDefinition } from './template-catalog';

/** The built-in texts for the Ehrenamtskarte (honorary card): application, confirmation by organisations, decision, expiry. */
export const CARD_TEMPLATES: Record<'card-application-received' | 'card-confirmation-request' | 'card-issued' | 'card-rejected' | 'card-expiry', TemplateDefinition> = {
  'card-application-received': {
    audience: 'everyone',
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'link'],
    actionUrl: 'link',
    // The applicant's status link: whoever holds it can follow and withdraw the application.
    secret: ['link'],
    texts: {
      de: { subject: 'Ihr Antrag auf die Ehrenamtskarte ist eingegangen', body: 'Hallo {{name}},\n\nvielen Dank! Ihr Antrag auf die Ehrenamtskarte ist bei uns eingegangen.\n\nZuerst bitten wir die Einsatzstellen, bei denen Sie sich engagiert haben, Ihre Stunden zu bestätigen. Danach entscheidet die Koordination über Ihren Antrag. Wir informieren Sie per E-Mail.\n\nÜber den Link sehen Sie jederzeit den aktuellen Stand, auch ohne Anmeldung. Dort können Sie den Antrag auch zurückziehen. Bitte geben Sie den Link nicht weiter.', actionLabel: 'Stand ansehen' },
      en: { subject: 'We have received your application for the honorary card', body: 'Hello {{name}},\n\nthank you! We have received your application for the honorary card (Ehrenamtskarte).\n\nFirst, we will ask the organisations where you volunteered to confirm your hours. Then the coordination office will decide on your application. We will let you know by email.\n\nThe link shows you the current status at any time, without signing in. You can also withdraw your application there. Please do not pass the link on.', actionLabel: 'View status' },
      ar: { subject: 'لقد استلمنا طلبك للحصول على بطاقة التطوع', body: 'مرحبًا {{name}}،\n\nشكرًا لك! لقد استلمنا طلبك للحصول على بطاقة التطوع (Ehrenamtskarte).\n\nفي البداية سنطلب من الجهات التي تطوعت لديها أن تؤكد ساعاتك. بعد ذلك يقرّر مكتب التنسيق بشأن طلبك. سنبلغك بالنتيجة عبر البريد الإلكتروني.\n\nيمكنك عبر الرابط متابعة حالة طلبك في أي وقت دون تسجيل الدخول. ويمكنك هناك أيضًا سحب طلبك. يرجى عدم مشاركة الرابط مع أحد.', actionLabel: 'عرض حالة الطلب' },
      uk: { subject: 'Ми отримали вашу заяву на почесну картку волонтера', body: 'Вітаємо, {{name}}!\n\nДякуємо! Ми отримали вашу заяву на почесну картку волонтера (Ehrenamtskarte).\n\nСпочатку ми попросимо організації, у яких ви займалися волонтерством, підтвердити ваші години. Після цього координаційний офіс ухвалить рішення щодо вашої заяви. Ми повідомимо вас електронною поштою.\n\nЗа посиланням ви будь-коли можете переглянути стан заяви без входу в систему. Там ви також можете відкликати заяву. Будь ласка, нікому не пересилайте це посилання.', actionLabel: 'Переглянути стан' },
      ru: { subject: 'Мы получили ваше заявление на почётную карту волонтёра', body: 'Здравствуйте, {{name}}!\n\nСпасибо! Мы получили ваше заявление на почётную карту волонтёра (Ehrenamtskarte).\n\nСначала мы попросим организации, в которых вы занимались волонтёрской деятельностью, подтвердить ваши часы. Затем координационный офис примет решение по вашему заявлению. Мы сообщим вам о нём по электронной почте.\n\nПо ссылке вы в любое время можете посмотреть статус заявления без входа в систему. Там же вы можете отозвать заявление. Пожалуйста, никому не пересылайте эту ссылку.', actionLabel: 'Посмотреть статус' },
      fa: { subject: 'درخواست شما برای کارت افتخاری داوطلبان دریافت شد', body: 'سلام {{name}}،\n\nسپاسگزاریم! درخواست شما برای کارت افتخاری داوطلبان (Ehrenamtskarte) به دست ما رسید.\n\nابتدا از سازمان‌هایی که در آن‌ها داوطلبانه فعالیت کرده‌اید می‌خواهیم ساعت‌های شما را تأیید کنند. سپس دفتر هماهنگی دربارهٔ درخواست شما تصمیم می‌گیرد. نتیجه را از طریق ایمیل به شما اطلاع می‌دهیم.\n\nبا این پیوند می‌توانید هر زمان و بدون ورود به حساب، وضعیت درخواست خود را ببینید. همان‌جا می‌توانید درخواست را پس بگیرید. لطفاً این پیوند را برای کسی نفرستید.', actionLabel: 'مشاهدهٔ وضعیت' },
    },
  },
  'card-confirmation-request': {
    // Goes to an organisation's contact person, who gets German like the hours approval link.
    audience: 'staff',
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'volunteer', 'organisation', 'hours', 'period', 'expires', 'link'],
    actionUrl: 'link',
    // Whoever holds the link can confirm or reject the hours for this application until it expires.
    secret: ['link'],
    samples: { volunteer: 'Anna M.', organisation: 'Tafel Borna e. V.', hours: '212,5', period: '01.01.2025 – 31.12.2025', expires: '01.01.2027' },
    texts: {
      de: { subject: 'Bitte bestätigen Sie die Stunden von {{volunteer}}', body: 'Hallo {{name}},\n\n{{volunteer}} hat die Ehrenamtskarte beantragt. Dafür bitten wir Sie um eine kurze Bestätigung: {{volunteer}} hat bei {{organisation}} im Zeitraum {{period}} insgesamt {{hours}} Stunden ehrenamtlich geleistet. Stimmt das?\n\nÜber den Link können Sie die Stunden ohne Anmeldung bestätigen oder mit Begründung ablehnen. Sie brauchen dafür kein Benutzerkonto.\n\nDer Link gilt bis zum {{expires}} und nur für diesen Antrag. Bitte geben Sie ihn nicht weiter.', actionLabel: 'Stunden prüfen' },
      en: { subject: 'Please confirm the hours of {{volunteer}}', body: 'Hello {{name}},\n\n{{volunteer}} has applied for the honorary card (Ehrenamtskarte). For this we ask you for a short confirmation: {{volunteer}} volunteered a total of {{hours}} hours at {{organisation}} in the period {{period}}. Is this correct?\n\nThe link lets you confirm the hours or reject them (with a reason) without signing in. You do not need an account for this.\n\nThe link is valid until {{expires}} and only for this application. Please do not pass it on.', actionLabel: 'Review hours' },
    },
  },
  'card-issued': {
    audience: 'everyone',
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'cardNumber', 'validUntil', 'link'],
    // Leads to the volunteer's card page in the app.
    actionUrl: 'link',
    secret: [],
    samples: { cardNumber: 'LL-2026-00042', validUntil: '01.12.2027' },
    texts: {
      de: { subject: 'Ihre Ehrenamtskarte ist da', body: 'Hallo {{name}},\n\nherzlichen Glückwunsch! Ihre Ehrenamtskarte mit der Nummer {{cardNumber}} wurde ausgestellt. Sie gilt bis zum {{validUntil}}.\n\nSie können die Karte in der App herunterladen und ausdrucken.\n\nVielen Dank für Ihr Engagement!', actionLabel: 'Meine Karte ansehen' },
      en: { subject: 'Your honorary card is ready', body: 'Hello {{name}},\n\ncongratulations! Your honorary card (Ehrenamtskarte) with the number {{cardNumber}} has been issued. It is valid until {{validUntil}}.\n\nYou can download and print the card in the app.\n\nThank you for your commitment!', actionLabel: 'View my card' },
      ar: { subject: 'بطاقة التطوع الخاصة بك جاهزة', body: 'مرحبًا {{name}}،\n\nتهانينا! تم إصدار بطاقة التطوع (Ehrenamtskarte) الخاصة بك برقم {{cardNumber}}. وهي صالحة حتى {{validUntil}}.\n\nيمكنك تنزيل البطاقة وطباعتها في التطبيق.\n\nشكرًا جزيلًا على عطائك وتطوعك!', actionLabel: 'عرض بطاقتي' },
      uk: { subject: 'Ваша почесна картка волонтера готова', body: 'Вітаємо, {{name}}!\n\nМаємо гарну новину: вашу почесну картку волонтера (Ehrenamtskarte) з номером {{cardNumber}} видано. Вона дійсна до {{validUntil}}.\n\nВи можете завантажити й роздрукувати картку в застосунку.\n\nДякуємо за вашу волонтерську діяльність!', actionLabel: 'Переглянути мою картку' },
      ru: { subject: 'Ваша почётная карта волонтёра готова', body: 'Здравствуйте, {{name}}!\n\nПоздравляем! Ваша почётная карта волонтёра (Ehrenamtskarte) с номером {{cardNumber}} выдана. Она действительна до {{validUntil}}.\n\nВы можете скачать и распечатать карту в приложении.\n\nСпасибо за вашу волонтёрскую работу!', actionLabel: 'Посмотреть мою карту' },
      fa: { subject: 'کارت افتخاری داوطلبان شما آماده است', body: 'سلام {{name}}،\n\nتبریک می‌گوییم! کارت افتخاری داوطلبان (Ehrenamtskarte) شما با شمارهٔ {{cardNumber}} صادر شد. این کارت تا {{validUntil}} معتبر است.\n\nمی‌توانید کارت را در برنامه دانلود و چاپ کنید.\n\nاز همکاری داوطلبانهٔ شما سپاسگزاریم!', actionLabel: 'مشاهدهٔ کارت من' },
    },
  },
  'card-rejected': {
    audience: 'everyone',
    // A decision about the volunteer's own application: always sent.
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'reason', 'link'],
    actionUrl: 'link',
    secret: [],
    samples: { reason: 'Es fehlen noch 38 bestätigte Stunden im Jahr 2026.' },
    texts: {
      de: { subject: 'Ihr Antrag auf die Ehrenamtskarte wurde nicht bewilligt', body: 'Hallo {{name}},\n\nIhr Antrag auf die Ehrenamtskarte wurde leider nicht bewilligt.\n\nBegründung: {{reason}}\n\nSie können später einen neuen Antrag stellen. Bei Fragen wenden Sie sich gern an die Koordination.', actionLabel: 'Antrag ansehen' },
      en: { subject: 'Your application for the honorary card was not approved', body: 'Hello {{name}},\n\nunfortunately your application for the honorary card (Ehrenamtskarte) was not approved.\n\nReason: {{reason}}\n\nYou can apply again later. If you have questions, please contact the coordination office.', actionLabel: 'View application' },
      ar: { subject: 'لم تتم الموافقة على طلبك للحصول على بطاقة التطوع', body: 'مرحبًا {{name}}،\n\nللأسف لم تتم الموافقة على طلبك للحصول على بطاقة التطوع (Ehrenamtskarte).\n\nالسبب: {{reason}}\n\nيمكنك تقديم طلب جديد لاحقًا. إذا كانت لديك أسئلة، يُرجى التواصل مع مكتب التنسيق.', actionLabel: 'عرض الطلب' },
      uk: { subject: 'Вашу заяву на почесну картку волонтера не схвалено', body: 'Вітаємо, {{name}}!\n\nНа жаль, вашу заяву на почесну картку волонтера (Ehrenamtskarte) не схвалено.\n\nПричина: {{reason}}\n\nПізніше ви можете подати нову заяву. Якщо у вас є запитання, зверніться, будь ласка, до координаційного офісу.', actionLabel: 'Переглянути заяву' },
      ru: { subject: 'Ваше заявление на почётную карту волонтёра не одобрено', body: 'Здравствуйте, {{name}}!\n\nК сожалению, ваше заявление на почётную карту волонтёра (Ehrenamtskarte) не одобрено.\n\nПричина: {{reason}}\n\nПозже вы можете подать новое заявление. Если у вас есть вопросы, пожалуйста, обратитесь в координационный офис.', actionLabel: 'Посмотреть заявление' },
      fa: { subject: 'درخواست شما برای کارت افتخاری داوطلبان پذیرفته نشد', body: 'سلام {{name}}،\n\nمتأسفانه درخواست شما برای کارت افتخاری داوطلبان (Ehrenamtskarte) پذیرفته نشد.\n\nدلیل: {{reason}}\n\nمی‌توانید بعداً دوباره درخواست بدهید. اگر پرسشی دارید، لطفاً با دفتر هماهنگی تماس بگیرید.', actionLabel: 'مشاهدهٔ درخواست' },
    },
  },
  'card-expiry': {
    audience: 'everyone',
    mandatory: false,
    reminderKind: 'card-expiry',
    variables: ['name', 'cardNumber', 'validUntil', 'link'],
    // Opens a renewal application that is already filled in.
    actionUrl: 'link',
    secret: [],
    samples: { cardNumber: 'LL-2026-00042', validUntil: '01.12.2027' },
    texts: {
      de: { subject: 'Ihre Ehrenamtskarte läuft bald ab', body: 'Hallo {{name}},\n\nIhre Ehrenamtskarte mit der Nummer {{cardNumber}} läuft am {{validUntil}} ab.\n\nSie können die Verlängerung mit einem Klick beantragen. Der Antrag ist schon mit Ihren Angaben ausgefüllt.', actionLabel: 'Verlängerung beantragen' },
      en: { subject: 'Your honorary card expires soon', body: 'Hello {{name}},\n\nyour honorary card (Ehrenamtskarte) with the number {{cardNumber}} expires on {{validUntil}}.\n\nYou can apply for a renewal with one click. The application is already filled in with your details.', actionLabel: 'Apply for renewal' },
      ar: { subject: 'تنتهي صلاحية بطاقة التطوع الخاصة بك قريبًا', body: 'مرحبًا {{name}}،\n\nتنتهي صلاحية بطاقة التطوع (Ehrenamtskarte) الخاصة بك رقم {{cardNumber}} في {{validUntil}}.\n\nيمكنك طلب تجديدها بنقرة واحدة. الطلب معبّأ مسبقًا ببياناتك.', actionLabel: 'طلب التجديد' },
      uk: { subject: 'Термін дії вашої почесної картки волонтера скоро закінчується', body: 'Вітаємо, {{name}}!\n\nТермін дії вашої почесної картки волонтера (Ehrenamtskarte) з номером {{cardNumber}} закінчується {{validUntil}}.\n\nВи можете подати заяву на продовження одним кліком. Заява вже заповнена вашими даними.', actionLabel: 'Подати заяву на продовження' },
      ru: { subject: 'Срок действия вашей почётной карты волонтёра скоро истекает', body: 'Здравствуйте, {{name}}!\n\nСрок действия вашей почётной карты волонтёра (Ehrenamtskarte) с номером {{cardNumber}} истекает {{validUntil}}.\n\nВы можете подать заявление на продление одним кликом. Заявление уже заполнено вашими данными.', actionLabel: 'Подать заявление на продление' },
      fa: { subject: 'اعتبار کارت افتخاری داوطلبان شما به‌زودی تمام می‌شود', body: 'سلام {{name}}،\n\nاعتبار کارت افتخاری داوطلبان (Ehrenamtskarte) شما با شمارهٔ {{cardNumber}} در تاریخ {{validUntil}} به پایان می‌رسد.\n\nمی‌توانید با یک کلیک درخواست تمدید بدهید. فرم درخواست از پیش با اطلاعات شما پر شده است.', actionLabel: 'درخواست تمدید' },
    },
  },
};
