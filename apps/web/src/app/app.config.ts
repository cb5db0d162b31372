import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { provideAppInitializer, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection, type ApplicationConfig } from '@angular/core';
import { ErrorStateMatcher } from '@angular/material/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { DEFAULT_LOCALE } from '@miteinander/contracts';
import { XSRF_COOKIE, startApp } from './app-startup';
import { routes } from './app.routes';
import { acceptLanguageInterceptor } from './core/api/accept-language.interceptor';
import { sessionExpiryInterceptor } from './core/auth/session-expiry.interceptor';
import { AsYouTypeErrorStateMatcher } from './core/forms/as-you-type-error-state-matcher';
import { BundledTranslateLoader } from './core/i18n/bundled-translate-loader';
import { TranslatedTitleStrategy } from './core/i18n/translated-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideZonelessChangeDetection(),
    provideBrowserGlobalErrorListeners(),
    // No withInMemoryScrolling: pages scroll inside the shell's content column (shell/content-scroll.ts).
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(
      withFetch(),
      // The server sets the XSRF-TOKEN cookie at sign-in and checks the header on every change.
      withXsrfConfiguration({ cookieName: XSRF_COOKIE, headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([acceptLanguageInterceptor, sessionExpiryInterceptor]),
    ),
    provideTranslateService({ loader: provideTranslateLoader(BundledTranslateLoader), fallbackLang: DEFAULT_LOCALE, lang: DEFAULT_LOCALE }),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    { provide: ErrorStateMatcher, useClass: AsYouTypeErrorStateMatcher },
    provideAppInitializer(startApp),
  ],
};
