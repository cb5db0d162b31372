import { Module } from '@nestjs/common';
import { AccessibilityFeedbackController } from './accessibility/accessibility-feedback.controller';
import { AccessibilityFeedbackService } from './accessibility/accessibility-feedback.service';
import { AuditLogController } from './audit-log.controller';

@Module({ controllers: [AuditLogController, AccessibilityFeedbackController], providers: [AccessibilityFeedbackService] })
export class AdminModule {}
