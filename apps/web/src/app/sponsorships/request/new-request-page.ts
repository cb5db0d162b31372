import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CreateSponsorshipRequest, SponsorshipView } from '@miteinander/contracts';
import { SponsorshipListMemory } from '../list/list-memory';
import { SponsorshipsApi } from '../sponsorships-api';
import { RequestForm } from './request-form';

/** /sponsorships/new: a coordinator records a family's or pupil's request; then its page opens. */
@Component({
  selector: 'app-new-request-page',
  imports: [RouterLink, MatCard, MatCardContent, MatIcon, TranslatePipe, RequestForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-form">
      <a class="back" routerLink=".." [queryParams]="listParams()">
        <mat-icon aria-hidden="true" class="flip-rtl">arrow_back</mat-icon>
        {{ 'sponsorships.detail.back' | translate }}
      </a>
      <h1>{{ 'sponsorships.form.heading' | translate }}</h1>
      <p class="muted">{{ 'sponsorships.form.intro' | translate }}</p>
      <mat-card appearance="outlined">
        <mat-card-content>
          <app-request-form [save]="create" (saved)="open($event)" />
        </mat-card-content>
      </mat-card>
    </div>
  `,
  styles: `
    .page-form {
      max-inline-size: 48rem;
      margin-inline: auto;
    }
    .back {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
      margin-block-end: 0.5rem;
    }
    :host-context([dir='rtl']) .flip-rtl {
      transform: scaleX(-1);
    }
  `,
})
export class NewRequestPage {
  private readonly api = inject(SponsorshipsApi);
  private readonly router = inject(Router);
  protected readonly listParams = inject(SponsorshipListMemory).params;

  protected readonly create = (request: CreateSponsorshipRequest) => this.api.create(request);

  protected open(sponsorship: SponsorshipView): void {
    void this.router.navigate(['/sponsorships', sponsorship.id]);
  }
}
