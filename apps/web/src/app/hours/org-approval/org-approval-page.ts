import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({ selector: 'app-org-approval-page', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
export class OrgApprovalPage {}
