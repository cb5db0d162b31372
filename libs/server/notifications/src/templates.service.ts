import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { checkTemplate, type TemplateProblem } from '@miteinander/domain-reminders';
import {
  ErrorCode, MAIL_LOCALES, MAIL_TEMPLATES, type FieldError, type MailLocale, type MailPreview, type MailTemplateInfo,
  type MailTemplateName, type MailTemplateText,
} from '@miteinander/contracts';
import {
  APP_CONFIG, AppError, MailTemplateStore, renderMail, requestContext, TEMPLATE_CATALOG, type AppConfig, type CurrentTemplate, type TemplateTexts,
} from '@miteinander/server-platform';
import type { SaveTemplateDto } from './dto';
import { problemMessage } from './template-messages';

/** Sample values for the preview, so an admin sees a realistic mail. */
const SAMPLE: Record<string, string> = {
  name: 'Anna Schmidt',
  inviter: 'Katrin Hoffmann',
  link: 'https://miteinander.example/beispiel',
  month: 'Oktober 2026',
  count: '7',
  oldest: '03.11.2026',
  items: '• Check-in mit Familie Haddad fällig am 02.12.2026\n• Führungszeugnis: Wiedervorlage am 15.01.2027',
};

@Injectable()
export class TemplatesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly store: MailTemplateStore,
  ) {}

  async list(): Promise<MailTemplateInfo[]> {
    const saved: { name: MailTemplateName; locale: MailLocale; version: number }[] = await this.dataSource.query(
      `SELECT name, locale, max(version)::int AS version FROM mail_templates GROUP BY name, locale`,
    );
    return MAIL_TEMPLATES.map((name) => {
      const def = TEMPLATE_CATALOG[name];
      const locales = MAIL_LOCALES.filter((l) => def.texts[l] || saved.some((s) => s.name === name && s.locale === l));
      return {
        name,
        audience: def.audience,
        mandatory: def.mandatory,
        variables: def.variables,
        locales: locales.map((locale) => {
          const s = saved.find((x) => x.name === name && x.locale === locale);
          return { locale, version: s?.version ?? 1, customised: !!s };
        }),
      };
    });
  }

  async current(name: MailTemplateName, locale: MailLocale): Promise<MailTemplateText> {
    const [latest] = await this.versions(name, locale);
    if (!latest) throw new AppError(404, ErrorCode.NotFound);
    return latest;
  }

  async versions(name: MailTemplateName, locale: MailLocale): Promise<MailTemplateText[]> {
    const versions = await this.store.versions(this.dataSource.manager, name, locale);
    const authors = await this.authors(versions.map((v) => v.createdBy));
    return versions.map((v) => this.view(name, v, authors));
  }

  /** Who saved a version, as the email address people recognise (not the account id). */
  private async authors(ids: (string | null)[]): Promise<Map<string, string>> {
    const known = [...new Set(ids.filter((id): id is string => !!id))];
    if (!known.length) return new Map();
    const rows: { id: string; email: string }[] = await this.dataSource.query(`SELECT id, email FROM users WHERE id = ANY($1::uuid[])`, [known]);
    return new Map(rows.map((r) => [r.id, r.email]));
  }

  preview(name: MailTemplateName, locale: MailLocale, dto: SaveTemplateDto): MailPreview {
    const texts = this.checked(name, dto);
    const def = TEMPLATE_CATALOG[name];
    return renderMail(def, texts, { ...SAMPLE, ...def.samples }, {
      countyName: this.config.countyName,
      logoUrl: this.config.mail.logoUrl,
      locale,
      mandatory: def.mandatory,
      preferencesLink: `${this.config.http.publicUrl}/mail-preferences?token=beispiel`,
    });
  }

  async save(name: MailTemplateName, locale: MailLocale, dto: SaveTemplateDto, actorId: string): Promise<MailTemplateText> {
    const texts = this.checked(name, dto);
    const saved = await this.dataSource.transaction((m) => this.store.save(m, name, locale, texts, actorId));
    return this.view(name, saved, await this.authors([actorId]));
  }

  /** Refuses unknown variables, logic and raw HTML, each with its field and line. */
  private checked(name: MailTemplateName, dto: SaveTemplateDto): TemplateTexts {
    const def = TEMPLATE_CATALOG[name];
    const locale = requestContext.current()?.locale;
    const fields: [keyof SaveTemplateDto, string][] = [['subject', dto.subject], ['body', dto.body], ['actionLabel', dto.actionLabel ?? '']];
    const errors: FieldError[] = fields.flatMap(([field, source]) =>
      checkTemplate(source, def.variables).map((p: TemplateProblem) => ({ field, message: problemMessage(p, locale) })),
    );
    if (!dto.subject.trim()) errors.push({ field: 'subject', message: problemMessage({ line: 1, kind: 'syntax', detail: 'empty' }, locale) });
    if (errors.length) throw new AppError(400, ErrorCode.TemplateInvalid, errors);
    return { subject: dto.subject, body: dto.body, actionLabel: dto.actionLabel?.trim() || null };
  }

  private view(name: MailTemplateName, v: CurrentTemplate, authors: Map<string, string>): MailTemplateText {
    return {
      name,
      locale: v.locale,
      version: v.version,
      subject: v.texts.subject,
      body: v.texts.body,
      actionLabel: v.texts.actionLabel,
      customised: v.customised,
      createdAt: v.createdAt?.toISOString() ?? null,
      createdBy: v.createdBy ? (authors.get(v.createdBy) ?? null) : null,
    };
  }
}
