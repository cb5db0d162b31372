import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MailLocale, MailTemplateName } from '@miteinander/contracts';
import { TEMPLATE_CATALOG, type TemplateTexts } from './template-catalog';
import { MailTemplateVersion } from './mail-template.entity';

export interface CurrentTemplate {
  locale: MailLocale;
  version: number;
  customised: boolean;
  texts: TemplateTexts;
  createdAt: Date | null;
  createdBy: string | null;
}

const CACHE_MS = 10_000;

/**
 * The text in force for a template and language: the newest saved version, else the built-in text
 * (version 1). A language without either falls back to German. Cached briefly per process, because
 * a reminder run renders thousands of mails with the same few templates.
 */
@Injectable()
export class MailTemplateStore {
  private readonly cache = new Map<string, { at: number; value: CurrentTemplate }>();

  async current(manager: EntityManager, name: MailTemplateName, locale: MailLocale): Promise<CurrentTemplate> {
    const key = `${name}|${locale}`;
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
    const value = (await this.load(manager, name, locale)) ?? (await this.load(manager, name, 'de'))!;
    this.cache.set(key, { at: Date.now(), value });
    return value;
  }

  async versions(manager: EntityManager, name: MailTemplateName, locale: MailLocale): Promise<CurrentTemplate[]> {
    const saved = await manager.find(MailTemplateVersion, { where: { name, locale }, order: { version: 'DESC' } });
    const builtIn = TEMPLATE_CATALOG[name].texts[locale];
    return [...saved.map((v) => this.fromRow(v)), ...(builtIn ? [this.builtIn(locale, builtIn)] : [])];
  }

  /** Stores a new version (concurrency-safe: the unique (name, locale, version) makes a racing save fail, not overwrite). */
  async save(manager: EntityManager, name: MailTemplateName, locale: MailLocale, texts: TemplateTexts, actorId: string | null): Promise<CurrentTemplate> {
    const [{ max }] = await manager.query(`SELECT coalesce(max(version), 1)::int AS max FROM mail_templates WHERE name = $1 AND locale = $2`, [name, locale]);
    const row = await manager.save(
      manager.create(MailTemplateVersion, { name, locale, version: max + 1, subject: texts.subject, body: texts.body, actionLabel: texts.actionLabel, createdBy: actorId }),
    );
    this.cache.delete(`${name}|${locale}`);
    return this.fromRow(row);
  }

  private async load(manager: EntityManager, name: MailTemplateName, locale: MailLocale): Promise<CurrentTemplate | null> {
    const saved = await manager.findOne(MailTemplateVersion, { where: { name, locale }, order: { version: 'DESC' } });
    if (saved) return this.fromRow(saved);
    const builtIn = TEMPLATE_CATALOG[name].texts[locale];
    return builtIn ? this.builtIn(locale, builtIn) : null;
  }

  private builtIn(locale: MailLocale, texts: TemplateTexts): CurrentTemplate {
    return { locale, version: 1, customised: false, texts, createdAt: null, createdBy: null };
  }

  private fromRow(v: MailTemplateVersion): CurrentTemplate {
    return {
      locale: v.locale,
      version: v.version,
      customised: true,
      texts: { subject: v.subject, body: v.body, actionLabel: v.actionLabel },
      createdAt: v.createdAt,
      createdBy: v.createdBy,
    };
  }
}
