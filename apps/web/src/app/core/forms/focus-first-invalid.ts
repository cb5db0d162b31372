/** After a refused submit, keyboard and screen-reader users land on the first field to fix. */
export function focusFirstInvalid(host: HTMLElement): void {
  host.querySelector<HTMLElement>('input.ng-invalid, mat-select.ng-invalid, textarea.ng-invalid, mat-radio-group.ng-invalid input')?.focus();
}
