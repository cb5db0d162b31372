import { inject } from '@angular/core';
import { DEFAULT_LOCALE } from '@miteinander/contracts';
import { AuthStore } from './core/auth/auth-store';
import { LanguageStore } from './core/i18n/language-store';

/** Before the first page shows: who is signed in, and in which language to speak to them. */
export async function startApp(): Promise<void> {
  const auth = inject(AuthStore);
  const language = inject(LanguageStore);
  const user = await auth.restore();
  try {
    await language.use(user?.locale ?? language.remembered());
  } catch {
    // Another language's texts could not be loaded (network): German is built in and always works.
    await language.use(DEFAULT_LOCALE);
  }
}
