import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { AccessibilityFeedbackReceipt } from '@miteinander/contracts';
import { Public } from '@miteinander/server-identity';
import { AccessibilityFeedbackDto } from './accessibility-feedback.dto';
import { AccessibilityFeedbackService } from './accessibility-feedback.service';
import './messages';

/** Per address, tighter than the API's general limit: the form is open to anyone and mails every coordinator. */
export const FEEDBACK_RATE_LIMIT = { max: 5, timeWindow: '10 minutes', groupId: 'accessibility-feedback' } as const;

/** The feedback form of the accessibility statement: open without an account (BITV 2.0 § 7). */
@ApiTags('accessibility')
@Public()
@Controller('accessibility')
export class AccessibilityFeedbackController {
  constructor(private readonly feedback: AccessibilityFeedbackService) {}

  @Post('feedback')
  @HttpCode(202)
  @RouteConfig({ rateLimit: FEEDBACK_RATE_LIMIT })
  @ApiTooManyRequestsResponse({ description: `More than ${FEEDBACK_RATE_LIMIT.max} reports in ${FEEDBACK_RATE_LIMIT.timeWindow} from one address.` })
  submit(@Body() dto: AccessibilityFeedbackDto): Promise<AccessibilityFeedbackReceipt> {
    return this.feedback.submit(dto);
  }
}
