/** Collects the values of a hand-written statement and hands out their placeholders ($1, $2 …). */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
