const MASK = '[…]';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Removes one-time links from a delivered mail's stored copy: the mail log keeps a readable preview,
 * but nobody reading the log can use a password-reset or preferences link.
 */
export function maskSecrets(content: string | null, vars: Record<string, string> | null, secretVars: string[]): string | null {
  if (content === null || !vars) return content;
  let masked = content;
  for (const key of secretVars) {
    const value = vars[key];
    if (!value) continue;
    masked = masked.split(value).join(MASK).split(escapeHtml(value)).join(MASK);
  }
  return masked;
}

export function withoutSecrets(vars: Record<string, string> | null, secretVars: string[]): Record<string, string> | null {
  if (!vars) return vars;
  return Object.fromEntries(Object.entries(vars).filter(([k]) => !secretVars.includes(k)));
}
