import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { MailLocale, MailPreview, MailTemplateInfo, MailTemplateName, MailTemplateText, SaveMailTemplate } from '@miteinander/contracts';
import type { Observable } from 'rxjs';
import { API } from '../../core/api/api-url';

@Injectable({ providedIn: 'root' })
export class TemplatesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<MailTemplateInfo[]> {
    return this.http.get<MailTemplateInfo[]>(`${API}/mail-templates`);
  }

  get(name: MailTemplateName, locale: MailLocale): Observable<MailTemplateText> {
    return this.http.get<MailTemplateText>(this.url(name, locale));
  }

  /** Newest first; the built-in text is version 1. */
  versions(name: MailTemplateName, locale: MailLocale): Observable<MailTemplateText[]> {
    return this.http.get<MailTemplateText[]>(`${this.url(name, locale)}/versions`);
  }

  /** 400 with field errors (`subject`, `body`, `actionLabel`) when the text has mistakes. */
  preview(name: MailTemplateName, locale: MailLocale, text: SaveMailTemplate): Observable<MailPreview> {
    return this.http.post<MailPreview>(`${this.url(name, locale)}/preview`, text);
  }

  /** Saves a new version and answers with it. */
  save(name: MailTemplateName, locale: MailLocale, text: SaveMailTemplate): Observable<MailTemplateText> {
    return this.http.put<MailTemplateText>(this.url(name, locale), text);
  }

  private url(name: string, locale: string): string {
    return `${API}/mail-templates/${encodeURIComponent(name)}/${encodeURIComponent(locale)}`;
  }
}
