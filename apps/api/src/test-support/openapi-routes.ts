import type { TestApp } from './test-app';

/** The part of a JSON schema the security tests look at. */
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

export interface Param {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI form: /api/v1/volunteers/{id} */
  path: string;
  pathParams: Param[];
  queryParams: Param[];
  /** JSON body schema with $refs resolved (one level of properties); null without a JSON body. */
  body: Schema | null;
  /** multipart/form-data (uploads): not a JSON body. */
  multipart: boolean;
}

type Doc = {
  paths: Record<string, Record<string, { parameters?: Param[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components?: { schemas?: Record<string, Schema> };
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Follows $ref and merges allOf, deeply (cycles stop at depth 8). */
export function resolveSchema(doc: Doc, schema: Schema | undefined, depth = 0): Schema | undefined {
  if (!schema || depth > 8) return schema;
  if (schema.$ref) return resolveSchema(doc, doc.components?.schemas?.[schema.$ref.split('/').pop()!], depth + 1);
  if (schema.allOf) {
    const parts = schema.allOf.map((s) => resolveSchema(doc, s, depth + 1) ?? {});
    return parts.reduce<Schema>((a, b) => ({ ...a, ...b, properties: { ...a.properties, ...b.properties }, required: [...(a.required ?? []), ...(b.required ?? [])] }), {});
  }
  const out: Schema = { ...schema };
  if (schema.items) out.items = resolveSchema(doc, schema.items, depth + 1);
  if (schema.properties) out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, resolveSchema(doc, v, depth + 1) ?? {}]));
  return out;
}

/** Every operation the running app documents at GET /api/docs-json. */
export async function loadOperations(t: TestApp): Promise<Operation[]> {
  const res = await t.app.inject({ method: 'GET', url: '/api/docs-json' });
  if (res.statusCode !== 200) throw new Error(`GET /api/docs-json answered ${res.statusCode}`);
  const doc = res.json() as Doc;
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = (op.parameters ?? []).map((p) => ({ ...p, schema: resolveSchema(doc, p.schema) }));
      const content = op.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      ops.push({
        method,
        path,
        pathParams: params.filter((p) => p.in === 'path'),
        queryParams: params.filter((p) => p.in === 'query'),
        body: json ? (resolveSchema(doc, json) ?? null) : null,
        multipart: 'multipart/form-data' in content,
      });
    }
  }
  return ops;
}

/** Fills the {placeholders} of an OpenAPI path. */
export function fillPath(path: string, values: (name: string) => string): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values(name)));
}

/** The Nest route form of an OpenAPI path: /api/v1/volunteers/:id */
export const nestPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');

export const label = (op: Pick<Operation, 'method' | 'path'>): string => `${op.method.toUpperCase()} ${op.path}`;
