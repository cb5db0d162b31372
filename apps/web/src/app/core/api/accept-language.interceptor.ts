import { inject } from '@angular/core';
import type { HttpInterceptorFn } from '@angular/common/http';
import { LanguageStore } from '../i18n/language-store';

/** The server answers (errors included) in the language the person is using. */
export const acceptLanguageInterceptor: HttpInterceptorFn = (req, next) => {
  const language = inject(LanguageStore).current();
  return next(req.clone({ setHeaders: { 'Accept-Language': language } }));
};
