/** A broken rule on one field of a request: the server turns it into a 400 in the user's language. */
export interface RuleProblem {
  field: string;
  rule: string;
  n?: string | number;
}
