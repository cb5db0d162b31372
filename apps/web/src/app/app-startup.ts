import { inject } from '@angular/core';
import { AuthStore } from './core/auth/auth-store';
import { LanguageStore } from './core/i18n/language-store';

/** Before the first page shows: who is signed in, and in which language to speak to them. */
export async function startApp(): Promise<void> {
  const auth = inject(AuthStore);
  const language = inject(LanguageStore);
  const user = await auth.restore();
  await language.use(user?.locale ?? language.remembered());
}
