import { SetMetadata } from '@nestjs/common';
import type { JobName } from '@miteinander/contracts';

export const JOB_HANDLER = Symbol('JOB_HANDLER');

/** Marks a provider method as the one handler of a job name. */
export const OnJob = (name: JobName): MethodDecorator => SetMetadata(JOB_HANDLER, name);
