import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { TranslatePipe } from '@ngx-translate/core';
import { LOCALES, type Locale } from '@miteinander/contracts';
import { AuthStore } from '../core/auth/auth-store';
import { LANGUAGE_NAMES } from '../core/i18n/language-names';
import { LanguageStore } from '../core/i18n/language-store';

@Component({
  selector: 'app-language-menu',
  imports: [MatButton, MatIcon, MatMenu, MatMenuItem, MatMenuTrigger, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      class="toolbar-button"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'shell.language' | translate: { language: names[language.current()] }"
    >
      <mat-icon aria-hidden="true">translate</mat-icon>
      <span class="toolbar-label" [attr.lang]="language.current()">{{ names[language.current()] }}</span>
    </button>
    <mat-menu #menu="matMenu">
      @for (locale of locales; track locale) {
        <button mat-menu-item type="button" role="menuitemradio" [attr.aria-checked]="locale === language.current()" [attr.lang]="locale" (click)="choose(locale)">
          <mat-icon aria-hidden="true">{{ locale === language.current() ? 'radio_button_checked' : 'radio_button_unchecked' }}</mat-icon>
          {{ names[locale] }}
        </button>
      }
    </mat-menu>
  `,
})
export class LanguageMenu {
  protected readonly language = inject(LanguageStore);
  private readonly auth = inject(AuthStore);
  protected readonly locales = LOCALES;
  protected readonly names = LANGUAGE_NAMES;

  protected async choose(locale: Locale): Promise<void> {
    await this.language.use(locale);
    // Signed in: the account remembers it too (emails follow it). An account without a role may not
    // change its profile; the choice then stays in this browser.
    if (this.auth.hasAnyRole() && this.auth.user()?.locale !== locale) {
      this.auth.updateProfile({ locale }).subscribe({ error: () => undefined });
    }
  }
}
