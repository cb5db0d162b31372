import { Injectable, type StreamableFile } from '@nestjs/common';
import { ErrorCode, type PersonalDataExport } from '@miteinander/contracts';
import { AppError, attachment } from '@miteinander/server-platform';
import { PrivacyRequestsService } from '../requests/privacy-requests.service';
import { PersonalDataService } from './personal-data.service';
import { personalDataPdf } from './personal-data-pdf';

const gone = () => new AppError(404, ErrorCode.NotFound);
const fileName = (data: PersonalDataExport) => `Auskunft ${data.subject.label} ${data.generatedAt.slice(0, 10)}.pdf`;

/** The export for a logged request (staff) or for the person themselves, as JSON or PDF. */
@Injectable()
export class PersonalExportService {
  constructor(
    private readonly data: PersonalDataService,
    private readonly requests: PrivacyRequestsService,
  ) {}

  async forRequest(requestId: string, actorId: string): Promise<PersonalDataExport> {
    const request = await this.requests.get(requestId);
    if (!request.subjectId) throw gone();
    return (await this.data.collect(request.subjectType, request.subjectId, 'access_request', actorId)) ?? Promise.reject(gone());
  }

  async forRequestPdf(requestId: string, actorId: string): Promise<StreamableFile> {
    const data = await this.forRequest(requestId, actorId);
    return attachment(await personalDataPdf(data), fileName(data), 'application/pdf');
  }

  async own(userId: string): Promise<PersonalDataExport> {
    return (await this.data.collect('user', userId, 'self_export', userId)) ?? Promise.reject(gone());
  }

  async ownPdf(userId: string): Promise<StreamableFile> {
    const data = await this.own(userId);
    return attachment(await personalDataPdf(data), fileName(data), 'application/pdf');
  }
}
