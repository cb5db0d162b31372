import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageStore } from '../core/i18n/language-store';

/**
 * Leichte Sprache (BITV 2.0 § 4): what Miteinander is and who it is for. The text is German in every UI language;
 * other languages get a one-line note saying so.
 */
@Component({
  selector: 'app-easy-language-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './easy-language-page.html',
  styleUrl: './easy-language-page.scss',
})
export class EasyLanguagePage {
  private readonly language = inject(LanguageStore);
  protected readonly notGerman = computed(() => this.language.current() !== 'de');
}
