import { inject } from '@angular/core';
import { DEFAULT_LOCALE } from '@miteinander/contracts';
import { AuthStore } from './core/auth/auth-store';
import { loadTranslation } from './core/i18n/bundled-translate-loader';
import { LanguageStore } from './core/i18n/language-store';

/** Set by the server with every session (readable, echoed as X-XSRF-TOKEN) and cleared at sign-out. */
export const XSRF_COOKIE = 'XSRF-TOKEN';

/** Before the first page shows (so no untranslated keys flash): who is signed in, and in which language to speak to them. */
export async function startApp(): Promise<void> {
  const auth = inject(AuthStore);
  const language = inject(LanguageStore);
  // The remembered language's chunk downloads while the session is restored, not after it.
  const remembered = language.remembered();
  void loadTranslation(remembered).catch(() => undefined);
  if (surelySignedOutAtTheDoor()) void import('./auth/login-page').catch(() => undefined);
  const user = await auth.restore();
  try {
    await language.use(user?.locale ?? remembered);
  } catch {
    // Another language's texts could not be loaded (network): fall back to German, the default.
    await language.use(DEFAULT_LOCALE);
  }
}

/**
 * At / or /login without the XSRF cookie the next page is the sign-in page: its code can download while the session is checked, not after.
 */
function surelySignedOutAtTheDoor(): boolean {
  const atTheDoor = location.pathname === '/' || location.pathname === '/login';
  return atTheDoor && !document.cookie.split(';').some((c) => c.trim().startsWith(`${XSRF_COOKIE}=`));
}
