import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { DEFAULT_LOCALE, RTL_LOCALES, isLocale, type Locale } from '@miteinander/contracts';
import { firstValueFrom } from 'rxjs';

const STORAGE_KEY = 'miteinander.language';

/** The UI language: loads its texts, sets <html lang/dir> and remembers the choice in this browser. */
@Injectable({ providedIn: 'root' })
export class LanguageStore {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly state = signal<Locale>(DEFAULT_LOCALE);

  readonly current = this.state.asReadonly();
  readonly direction = computed(() => (RTL_LOCALES.includes(this.state()) ? 'rtl' : 'ltr'));

  /** The language remembered in this browser, German otherwise. */
  remembered(): Locale {
    const stored = this.storage()?.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  }

  async use(locale: Locale): Promise<void> {
    await firstValueFrom(this.translate.use(locale));
    this.state.set(locale);
    const html = this.document.documentElement;
    html.lang = locale;
    html.dir = this.direction();
    this.storage()?.setItem(STORAGE_KEY, locale);
  }

  // Storage can be unavailable (privacy modes); the language then lasts for this visit only.
  private storage(): Storage | null {
    try {
      return this.document.defaultView?.localStorage ?? null;
    } catch {
      return null;
    }
  }
}
