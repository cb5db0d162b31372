import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MailLocale, MailTemplateName } from '@miteinander/contracts';
import { Audited } from '../audit/audit.subscriber';

/** One saved version of a template text; the newest version of (name, locale) is used. */
@Audited('mail_template')
@Entity({ name: 'mail_templates' })
export class MailTemplateVersion {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  name!: MailTemplateName;

  @Column({ type: 'text' })
  locale!: MailLocale;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'action_label', type: 'text', nullable: true })
  actionLabel!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
