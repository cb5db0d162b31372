import { Injectable } from '@nestjs/common';
import { JobName, type JobPayloads } from '@miteinander/contracts';
import { OnJob } from '@miteinander/server-platform';

/** TODO(helper): renders one evaluation report (PDF + XLSX) into its report_exports row, with progress. */
@Injectable()
export class EvaluationRenderer {
  @OnJob(JobName.RenderEvaluation)
  async render(_payload: JobPayloads[JobName.RenderEvaluation]): Promise<void> {
    return;
  }
}
