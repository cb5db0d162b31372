import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, type GrantApplicationStatus, type GrantAttachmentView } from '@miteinander/contracts';
import { isEditableByApplicant } from '@miteinander/domain-grants';
import { AppError, AuditEntry, auditDiff, requestContext } from '@miteinander/server-platform';
import { isGrantStaff, type GrantViewer } from '../applications/application-view.service';
import { GrantsConfig } from '../grants-config';
import { grantConflict, grantProblemsError, problemMessage } from '../problems';
import { AttachmentStore } from './attachment-store';
import { SNIFF_BYTES, sniffContentType, type AttachmentContentType } from './content-type';

export const MAX_ATTACHMENTS = 10;

/** Reviewers may read the files once the application is in review, and afterwards (not while it is still being fixed). */
const REVIEWABLE: readonly GrantApplicationStatus[] = ['in_review', 'approved', 'rejected', 'payment_requested', 'paid', 'report_submitted', 'report_corrections', 'closed'];

interface StoredAttachment {
  id: string;
  application_id: string;
  applicant_id: string;
  status: GrantApplicationStatus;
  file_name: string;
  content_type: AttachmentContentType;
  size_bytes: number;
  storage_key: string;
}

export interface AttachmentDownload {
  body: Readable;
  fileName: string;
  contentType: AttachmentContentType;
  sizeBytes: number;
}

/**
 * Attachments of an application (PDF, JPEG, PNG). Uploads stream to a temp file while being hashed and counted;
 * the size limit is the multipart plugin's (limits.fileSize = maxAttachmentBytes), the type is decided by the
 * first bytes, never by the name or the browser's claim.
 *
 * Virus scanning: files are ASSUMED virus-free. Only type-by-content and size are enforced; PDFs are served as
 * downloads (Content-Disposition: attachment, nosniff) and never rendered by us. A scanner hooks in where the
 * temp file is complete (see `scanHook` in `upload`), before the file is kept and the row is written.
 */
@Injectable()
export class GrantAttachmentsService {
  private readonly store: AttachmentStore;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: GrantsConfig,
  ) {
    this.store = new AttachmentStore(config.rules.filesDir);
  }

  async upload(applicantId: string, applicationId: string, request: FastifyRequest): Promise<GrantAttachmentView> {
    const file = await this.filePart(request);
    try {
      // Cheap refusals first, but after taking the part: the rest of the body must still be read (below).
      await this.assertCanAdd(this.dataSource.manager, applicantId, applicationId);
    } catch (e) {
      file.file.resume();
      throw e;
    }
    const temp = await this.store.tempPath();
    let kept: string | null = null;
    try {
      const received = await this.receive(file, temp);
      const contentType = sniffContentType(received.head);
      if (!contentType) throw this.unsupportedType();
      // scanHook: the temp file is complete here; a virus scanner would check `temp` and refuse before it is kept.
      const fileName = cleanFileName(file.filename);
      kept = await this.store.keep(temp);
      const storageKey = kept;
      const view = await this.dataSource.transaction(async (m) => {
        await this.assertCanAdd(m, applicantId, applicationId, true);
        const rows: { id: string; uploaded_at: Date }[] = await m.query(
          `INSERT INTO grant_attachments (application_id, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, uploaded_at`,
          [applicationId, fileName, contentType, received.size, received.sha256, storageKey, applicantId],
        );
        const row = rows[0]!;
        await m.insert(AuditEntry, {
          actorId: requestContext.actorId(),
          action: 'create',
          entity: 'grant_attachment',
          entityId: row.id,
          diff: auditDiff({}, { applicationId, fileName, contentType, sizeBytes: received.size, sha256: received.sha256 }) as never,
        });
        return { id: row.id, fileName, contentType, sizeBytes: received.size, uploadedAt: new Date(row.uploaded_at).toISOString() };
      });
      kept = null;
      return view;
    } finally {
      await this.store.remove({ temp });
      if (kept) await this.store.remove({ key: kept });
    }
  }

  /** The owner, coordinators and admins; a reviewer once the application is in review, unless they declared a conflict. Else 404. */
  async download(viewer: GrantViewer, applicationId: string, attachmentId: string): Promise<AttachmentDownload> {
    const rows: StoredAttachment[] = await this.dataSource.query(
      `SELECT t.id, t.application_id, a.applicant_id, a.status, t.file_name, t.content_type, t.size_bytes, t.storage_key
         FROM grant_attachments t JOIN grant_applications a ON a.id = t.application_id WHERE t.id = $1 AND t.application_id = $2`,
      [attachmentId, applicationId],
    );
    const t = rows[0];
    if (!t || !(await this.mayRead(viewer, t))) throw new AppError(404, ErrorCode.NotFound);
    return { body: this.store.open(t.storage_key), fileName: t.file_name, contentType: t.content_type, sizeBytes: t.size_bytes };
  }

  async remove(applicantId: string, applicationId: string, attachmentId: string): Promise<void> {
    const key = await this.dataSource.transaction(async (m) => {
      const status = await this.lockOwn(m, applicantId, applicationId);
      if (!isEditableByApplicant(status)) throw grantConflict('notEditable');
      const [deleted]: [{ storage_key: string; file_name: string }[], number] = await m.query(
        `DELETE FROM grant_attachments WHERE id = $1 AND application_id = $2 RETURNING storage_key, file_name`,
        [attachmentId, applicationId],
      );
      if (!deleted[0]) throw new AppError(404, ErrorCode.NotFound);
      await m.insert(AuditEntry, { actorId: requestContext.actorId(), action: 'delete', entity: 'grant_attachment', entityId: attachmentId, diff: auditDiff({ fileName: deleted[0].file_name, applicationId }, {}) as never });
      return deleted[0].storage_key;
    });
    // After commit: a failed transaction keeps its file.
    await this.store.remove({ key });
  }

  private async mayRead(viewer: GrantViewer, t: StoredAttachment): Promise<boolean> {
    if (t.applicant_id === viewer.userId || isGrantStaff(viewer.roles)) return true;
    if (!viewer.roles.includes('reviewer') || !REVIEWABLE.includes(t.status)) return false;
    const conflicts: unknown[] = await this.dataSource.query(`SELECT 1 FROM grant_conflicts WHERE application_id = $1 AND reviewer_id = $2`, [t.application_id, viewer.userId]);
    return conflicts.length === 0;
  }

  private async filePart(request: FastifyRequest): Promise<MultipartFile> {
    let file: MultipartFile | undefined;
    try {
      file = await request.file();
    } catch (e) {
      if (isTooLarge(e)) throw this.tooLarge();
      if ((e as { code?: string }).code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw grantProblemsError([{ field: 'file', rule: 'fileMissing' }]);
      throw e;
    }
    if (!file || file.fieldname !== 'file') {
      file?.file.resume();
      throw grantProblemsError([{ field: 'file', rule: 'fileMissing' }]);
    }
    return file;
  }

  /** Streams the part into `temp`, hashing and counting on the way; the plugin cuts the stream at the size limit. */
  private async receive(file: MultipartFile, temp: string): Promise<{ size: number; sha256: string; head: Buffer }> {
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    const tap = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        if (head.length < SNIFF_BYTES) head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
        done(null, chunk);
      },
    });
    try {
      await pipeline(file.file, tap, createWriteStream(temp, { mode: 0o600 }));
    } catch (e) {
      if (isTooLarge(e)) throw this.tooLarge();
      throw e;
    }
    if (file.file.truncated) throw this.tooLarge();
    if (size === 0) throw grantProblemsError([{ field: 'file', rule: 'fileEmpty' }]);
    return { size, sha256: hash.digest('hex'), head };
  }

  /** Own application, editable, with room for one more file. `locked` re-checks under the row lock before the insert. */
  private async assertCanAdd(m: EntityManager, applicantId: string, applicationId: string, locked = false): Promise<void> {
    const status = locked ? await this.lockOwn(m, applicantId, applicationId) : await this.statusOfOwn(m, applicantId, applicationId);
    if (!isEditableByApplicant(status)) throw grantConflict('notEditable');
    const [{ n }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM grant_attachments WHERE application_id = $1`, [applicationId]);
    if (n >= MAX_ATTACHMENTS) throw grantConflict('tooManyAttachments', { max: MAX_ATTACHMENTS }, 'file');
  }

  private async statusOfOwn(m: EntityManager, applicantId: string, applicationId: string): Promise<GrantApplicationStatus> {
    const rows: { status: GrantApplicationStatus }[] = await m.query(`SELECT status FROM grant_applications WHERE id = $1 AND applicant_id = $2`, [applicationId, applicantId]);
    if (!rows[0]) throw new AppError(404, ErrorCode.NotFound);
    return rows[0].status;
  }

  private async lockOwn(m: EntityManager, applicantId: string, applicationId: string): Promise<GrantApplicationStatus> {
    const rows: { status: GrantApplicationStatus }[] = await m.query(`SELECT status FROM grant_applications WHERE id = $1 AND applicant_id = $2 FOR UPDATE`, [applicationId, applicantId]);
    if (!rows[0]) throw new AppError(404, ErrorCode.NotFound);
    return rows[0].status;
  }

  private tooLarge(): AppError {
    const mb = Math.round((this.config.rules.maxAttachmentBytes / (1024 * 1024)) * 10) / 10;
    return new AppError(413, ErrorCode.PayloadTooLarge, [{ field: 'file', message: problemMessage({ field: 'file', rule: 'fileTooLarge', params: { mb } }) }]);
  }

  private unsupportedType(): AppError {
    return new AppError(415, ErrorCode.UnsupportedFileType, [{ field: 'file', message: problemMessage({ field: 'file', rule: 'fileType' }) }]);
  }
}

const isTooLarge = (e: unknown): boolean => (e as { code?: string } | null)?.code === 'FST_REQ_FILE_TOO_LARGE';

/** The name shown on download only: no path parts or control characters, at most 200 characters. */
function cleanFileName(name: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return [...base].slice(0, 200).join('') || 'Anhang';
}
