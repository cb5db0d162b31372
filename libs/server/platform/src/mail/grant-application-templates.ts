import type { TemplateDefinition } from './template-catalog';

/** Micro-project applications: receipt of a submission, a revision request from the pre-check. */
export const GRANT_APPLICATION_TEMPLATES: Record<'grant-submitted' | 'grant-revision-requested', TemplateDefinition> = {
  'grant-submitted': {
    audience: 'everyone',
    // The receipt of the applicant's own submission: always sent.
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'title', 'reference', 'link'],
    // Leads to the application in the app (sign-in needed), where the status is shown.
    actionUrl: 'link',
    secret: [],
    samples: { title: 'Nachbarschaftsfest am Muldeufer', reference: 'MP-2026-0007' },
    texts: {
      de: {
        subject: 'Ihr Antrag {{reference}} ist eingegangen',
        body: 'Hallo {{name}},\n\nvielen Dank! Ihr Antrag auf Förderung eines Mikroprojekts „{{title}}“ ist bei uns eingegangen. Das Aktenzeichen ist {{reference}}.\n\nZuerst prüft die Koordination, ob der Antrag vollständig ist. Wenn etwas fehlt, schreiben wir Ihnen. Danach wird der Antrag begutachtet.\n\nDen aktuellen Stand sehen Sie jederzeit in der App.',
        actionLabel: 'Antrag ansehen',
      },
      en: {
        subject: 'We have received your application {{reference}}',
        body: 'Hello {{name}},\n\nthank you! We have received your application for micro-project funding "{{title}}". The reference number is {{reference}}.\n\nFirst, the coordination office checks that the application is complete. If something is missing, we will write to you. After that, the application is reviewed.\n\nYou can see the current status in the app at any time.',
        actionLabel: 'View application',
      },
      ar: {
        subject: 'لقد استلمنا طلبك {{reference}}',
        body: 'مرحبًا {{name}}،\n\nشكرًا لك! لقد استلمنا طلبك لتمويل المشروع الصغير „{{title}}“. الرقم المرجعي هو {{reference}}.\n\nفي البداية يتحقق مكتب التنسيق من اكتمال الطلب. إذا كان هناك شيء ناقص، سنكتب إليك. بعد ذلك تتم مراجعة الطلب وتقييمه.\n\nيمكنك متابعة حالة طلبك في التطبيق في أي وقت.',
        actionLabel: 'عرض الطلب',
      },
      uk: {
        subject: 'Ми отримали вашу заявку {{reference}}',
        body: 'Вітаємо, {{name}}!\n\nДякуємо! Ми отримали вашу заявку на фінансування мікропроєкту «{{title}}». Номер справи: {{reference}}.\n\nСпочатку координаційний офіс перевіряє, чи заявка повна. Якщо чогось бракує, ми вам напишемо. Після цього заявку оцінюють.\n\nПоточний стан ви будь-коли можете переглянути в застосунку.',
        actionLabel: 'Переглянути заявку',
      },
      ru: {
        subject: 'Мы получили вашу заявку {{reference}}',
        body: 'Здравствуйте, {{name}}!\n\nСпасибо! Мы получили вашу заявку на финансирование микропроекта «{{title}}». Номер дела: {{reference}}.\n\nСначала координационный офис проверяет, полная ли заявка. Если чего-то не хватает, мы вам напишем. После этого заявку оценивают.\n\nТекущий статус вы в любое время можете посмотреть в приложении.',
        actionLabel: 'Посмотреть заявку',
      },
      fa: {
        subject: 'درخواست شما با شمارهٔ {{reference}} دریافت شد',
        body: 'سلام {{name}}،\n\nسپاسگزاریم! درخواست شما برای حمایت مالی از پروژهٔ کوچک «{{title}}» به دست ما رسید. شمارهٔ پرونده {{reference}} است.\n\nابتدا دفتر هماهنگی بررسی می‌کند که درخواست کامل باشد. اگر چیزی کم باشد، به شما می‌نویسیم. پس از آن درخواست ارزیابی می‌شود.\n\nوضعیت فعلی را هر زمان می‌توانید در برنامه ببینید.',
        actionLabel: 'مشاهدهٔ درخواست',
      },
    },
  },
  'grant-revision-requested': {
    audience: 'everyone',
    // The application waits for the applicant: always sent.
    mandatory: true,
    reminderKind: null,
    variables: ['name', 'title', 'link'],
    actionUrl: 'link',
    secret: [],
    samples: { title: 'Nachbarschaftsfest am Muldeufer' },
    texts: {
      de: {
        subject: 'Bitte ergänzen Sie Ihren Antrag „{{title}}“',
        body: 'Hallo {{name}},\n\ndie Koordination hat Ihren Antrag „{{title}}“ geprüft. Bevor er begutachtet werden kann, muss noch etwas geändert oder ergänzt werden.\n\nIn der App sehen Sie bei den Feldern, was zu tun ist. Bitte ändern Sie den Antrag dort und reichen Sie ihn dann erneut ein.',
        actionLabel: 'Antrag bearbeiten',
      },
      en: {
        subject: 'Please complete your application "{{title}}"',
        body: 'Hello {{name}},\n\nthe coordination office has checked your application "{{title}}". Before it can be reviewed, something still needs to be changed or added.\n\nIn the app you can see next to the fields what needs to be done. Please change the application there and then submit it again.',
        actionLabel: 'Edit application',
      },
      ar: {
        subject: 'يرجى استكمال طلبك „{{title}}“',
        body: 'مرحبًا {{name}}،\n\nلقد راجع مكتب التنسيق طلبك „{{title}}“. قبل أن يتم تقييمه، يجب تعديل أو إضافة بعض الأمور.\n\nسترى في التطبيق بجانب الحقول ما المطلوب. يرجى تعديل الطلب هناك ثم تقديمه من جديد.',
        actionLabel: 'تعديل الطلب',
      },
      uk: {
        subject: 'Будь ласка, доповніть вашу заявку «{{title}}»',
        body: 'Вітаємо, {{name}}!\n\nКоординаційний офіс перевірив вашу заявку «{{title}}». Перш ніж її можна буде оцінити, потрібно ще щось змінити або доповнити.\n\nУ застосунку біля полів ви побачите, що саме потрібно зробити. Будь ласка, змініть заявку там і подайте її знову.',
        actionLabel: 'Редагувати заявку',
      },
      ru: {
        subject: 'Пожалуйста, дополните вашу заявку «{{title}}»',
        body: 'Здравствуйте, {{name}}!\n\nКоординационный офис проверил вашу заявку «{{title}}». Прежде чем её можно будет оценить, нужно ещё что-то изменить или дополнить.\n\nВ приложении рядом с полями вы увидите, что нужно сделать. Пожалуйста, измените заявку там и подайте её снова.',
        actionLabel: 'Редактировать заявку',
      },
      fa: {
        subject: 'لطفاً درخواست «{{title}}» را تکمیل کنید',
        body: 'سلام {{name}}،\n\nدفتر هماهنگی درخواست «{{title}}» شما را بررسی کرد. پیش از ارزیابی، باید چیزی تغییر کند یا اضافه شود.\n\nدر برنامه کنار هر بخش می‌بینید چه کاری لازم است. لطفاً درخواست را همان‌جا تغییر دهید و دوباره ارسال کنید.',
        actionLabel: 'ویرایش درخواست',
      },
    },
  },
};
