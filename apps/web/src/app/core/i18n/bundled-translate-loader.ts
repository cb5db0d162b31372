import { Injectable } from '@angular/core';
import { TranslateLoader, mergeDeep, type TranslationObject } from '@ngx-translate/core';
import { from, of, type Observable } from 'rxjs';
import { de } from './translations/de';

/**
 * Translations are compiled into the app, not fetched as JSON: German (the default) is in the
 * main bundle, the others are lazy chunks. Arabic is partial and completed from English.
 */
@Injectable()
export class BundledTranslateLoader extends TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    switch (lang) {
      case 'en':
        return from(import('./translations/en').then((m) => m.en));
      case 'ar':
        return from(
          Promise.all([import('./translations/en'), import('./translations/ar')]).then(([en, ar]) => mergeDeep(en.en, ar.ar) as TranslationObject),
        );
      default:
        return of(de);
    }
  }
}
