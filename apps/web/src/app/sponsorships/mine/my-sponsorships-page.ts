import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { OwnSponsorshipView } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { DayPipe } from '../../hours/shared/day.pipe';
import { availabilityText, childrenText, languagesText } from '../shared/describe';
import { SponsorshipsApi } from '../sponsorships-api';
import { DeclineDialog } from './decline-dialog';

/** /my-sponsorships: a volunteer's sponsorships, proposed, running and past; the family's contact once both sides agreed. */
@Component({
  selector: 'app-my-sponsorships-page',
  imports: [MatAnchor, MatButton, MatCard, MatCardContent, MatIcon, MatProgressBar, RouterLink, TranslatePipe, FormAlert, DayPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-sponsorships-page.html',
  styleUrl: './my-sponsorships-page.scss',
})
export class MySponsorshipsPage {
  private readonly api = inject(SponsorshipsApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly sponsorships = signal<OwnSponsorshipView[] | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  constructor() {
    this.api
      .mine()
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (mine) => this.sponsorships.set(mine),
        error: (e: unknown) => this.error.set(toApiProblem(e, this.translate).message),
      });
  }

  protected languages(s: OwnSponsorshipView): string {
    return languagesText(this.translate, s.languages, this.language.current());
  }

  protected availability(s: OwnSponsorshipView): string {
    return availabilityText(this.translate, s.availability);
  }

  protected children(s: OwnSponsorshipView): string {
    return childrenText(this.translate, s.childrenAges);
  }

  protected subjects(s: OwnSponsorshipView): string {
    return (s.pupil?.subjects ?? []).map((subject) => this.translate.instant(`sponsorships.subjects.${subject}`) as string).join(', ');
  }

  protected decline(sponsorship: OwnSponsorshipView): void {
    this.notice.set(null);
    this.dialog
      .open<DeclineDialog, OwnSponsorshipView, OwnSponsorshipView[]>(DeclineDialog, {
        data: sponsorship,
        width: '32rem',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((mine) => {
        if (!mine) return;
        this.sponsorships.set(mine);
        this.notice.set(this.translate.instant('sponsorships.mine.declined', { name: sponsorship.name }) as string);
      });
  }
}
