import { Injectable } from '@angular/core';
import { TranslateLoader, mergeDeep, type TranslationObject } from '@ngx-translate/core';
import { from, type Observable } from 'rxjs';

/**
 * Translations are compiled into the app, not fetched as JSON, but each language is its own lazy chunk:
 * the first page downloads only the language it speaks (German by default), never all of them.
 * Arabic is partial and completed from English.
 */
export function loadTranslation(lang: string): Promise<TranslationObject> {
  switch (lang) {
    case 'en':
      return import('./translations/en').then((m) => m.en);
    case 'ar':
      return Promise.all([import('./translations/en'), import('./translations/ar')]).then(([en, ar]) => mergeDeep(en.en, ar.ar) as TranslationObject);
    default:
      return import('./translations/de').then((m) => m.de);
  }
}

@Injectable()
export class BundledTranslateLoader extends TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return from(loadTranslation(lang));
  }
}
