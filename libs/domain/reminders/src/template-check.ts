import Handlebars from 'handlebars';

export interface TemplateProblem {
  line: number;
  kind: 'syntax' | 'unknown_variable' | 'not_allowed' | 'html';
  /** The variable or construct concerned, for the message. */
  detail: string;
}

type Node = { type: string; loc?: { start: { line: number } }; [key: string]: unknown };

// Only plain placeholders are editable: no helpers, partials or blocks, so a template cannot run logic.
const ALLOWED_STATEMENTS = new Set(['Program', 'ContentStatement', 'MustacheStatement', 'CommentStatement']);

/**
 * Checks an editable template text: Handlebars syntax, only `{{variable}}` placeholders from the
 * allowed list, and no raw HTML (the layout adds the markup). Every problem names its line.
 */
export function checkTemplate(source: string, allowedVariables: readonly string[]): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const htmlTag = /<\/?[a-zA-Z][^>]*>/;
  source.split('\n').forEach((text, i) => {
    const tag = htmlTag.exec(text);
    if (tag) problems.push({ line: i + 1, kind: 'html', detail: tag[0] });
  });
  let ast: Node;
  try {
    ast = Handlebars.parse(source) as unknown as Node;
  } catch (error) {
    const message = (error as Error).message;
    const line = Number(/line (\d+)/.exec(message)?.[1] ?? (error as { lineNumber?: number }).lineNumber ?? 1);
    return [...problems, { line, kind: 'syntax', detail: message.split('\n')[0]! }];
  }
  const walk = (node: Node) => {
    const line = node.loc?.start.line ?? 1;
    if (!ALLOWED_STATEMENTS.has(node.type)) {
      problems.push({ line, kind: 'not_allowed', detail: node.type });
      return;
    }
    if (node.type === 'MustacheStatement') {
      const path = node['path'] as { type: string; original?: string };
      const params = node['params'] as unknown[];
      if (path.type !== 'PathExpression' || params.length > 0 || (node['hash'] as unknown)) {
        problems.push({ line, kind: 'not_allowed', detail: String(path.original ?? path.type) });
      } else if (!allowedVariables.includes(path.original!)) {
        problems.push({ line, kind: 'unknown_variable', detail: path.original! });
      }
    }
    for (const child of (node['body'] as Node[] | undefined) ?? []) walk(child);
  };
  walk(ast);
  return problems.sort((a, b) => a.line - b.line);
}
