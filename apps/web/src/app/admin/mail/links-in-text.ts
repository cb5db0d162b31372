const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

/** The web addresses in a plain-text email, each once, so a tester can open or copy them. */
export function linksInText(text: string | null): string[] {
  return [...new Set(text?.match(URL_PATTERN) ?? [])];
}
