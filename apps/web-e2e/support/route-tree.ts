import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

const APP_DIR = join(__dirname, '..', '..', 'web', 'src', 'app');

/**
 * Every page path of the web app, as its route files declare them ("admin/templates/:name/:locale", "" for the start page,
 * "**" for the not-found page): app.routes.ts and each lazily loaded *.routes.ts, read with the TypeScript parser so
 * nested `children` and `loadChildren` are followed. Redirect-only entries are left out (they show no page of their own).
 */
export function declaredPagePaths(): string[] {
  const paths = new Set<string>();
  walkFile(join(APP_DIR, 'app.routes.ts'), '', paths);
  return [...paths].sort();
}

function walkFile(file: string, prefix: string, paths: Set<string>): void {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    // Only top-level route arrays: nested ones are reached through their parent's `children`.
    if (ts.isArrayLiteralExpression(node) && !insideRoute(node)) {
      walkRoutes(node, prefix, file, paths, source);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

function walkRoutes(array: ts.ArrayLiteralExpression, prefix: string, file: string, paths: Set<string>, source: ts.SourceFile): void {
  for (const element of array.elements) {
    if (ts.isSpreadElement(element)) {
      spreadRoutes(element, prefix, file, paths, source);
      continue;
    }
    if (!ts.isObjectLiteralExpression(element)) continue;
    const path = stringProperty(element, 'path');
    if (path === undefined) continue;
    const full = [prefix, path].filter(Boolean).join('/');
    const children = property(element, 'children');
    const loadChildren = property(element, 'loadChildren');
    if (children && ts.isArrayLiteralExpression(children)) walkRoutes(children, full, file, paths, source);
    else if (loadChildren) walkFile(importedFile(loadChildren, file), full, paths);
    else if (!property(element, 'redirectTo')) paths.add(full);
  }
}

/** `...AUTH_ROUTES`: the imported constant's file. */
function spreadRoutes(spread: ts.SpreadElement, prefix: string, file: string, paths: Set<string>, source: ts.SourceFile): void {
  const name = spread.expression.getText(source);
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause?.namedBindings) continue;
    const bindings = statement.importClause.namedBindings;
    if (ts.isNamedImports(bindings) && bindings.elements.some((e) => e.name.text === name)) {
      walkFile(`${resolve(dirname(file), (statement.moduleSpecifier as ts.StringLiteral).text)}.ts`, prefix, paths);
    }
  }
}

function importedFile(loader: ts.Node, file: string): string {
  let specifier: string | undefined;
  const find = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      specifier = (node.arguments[0] as ts.StringLiteral).text;
      return;
    }
    ts.forEachChild(node, find);
  };
  find(loader);
  if (!specifier) throw new Error(`loadChildren without import() in ${file}`);
  return `${resolve(dirname(file), specifier)}.ts`;
}

function insideRoute(node: ts.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isObjectLiteralExpression(parent) && property(parent, 'path') !== undefined) return true;
  }
  return false;
}

function property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const p of object.properties) {
    if (ts.isPropertyAssignment(p) && p.name.getText() === name) return p.initializer;
  }
  return undefined;
}

function stringProperty(object: ts.ObjectLiteralExpression, name: string): string | undefined {
  const value = property(object, name);
  return value && ts.isStringLiteralLike(value) ? value.text : undefined;
}
