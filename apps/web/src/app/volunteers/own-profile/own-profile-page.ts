import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({ selector: 'app-own-profile-page', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
export class OwnProfilePage {}
