import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { loadConfig } from '../../libs/server/platform/src/config/app-config';

/**
 * What an operator relies on in docker/k8s (and docker/compose.yml), checked without a cluster: the manifests
 * are read as YAML, each overlay's patches are applied to the base the way kustomize does, and the result is
 * held against the Dockerfiles, the api's health route and the config schema. `kubectl kustomize` renders the
 * same files (docker/k8s/README.md).
 */

const ROOT = join(__dirname, '..', '..');
const K8S = join(ROOT, 'docker', 'k8s');
const read = (path: string) => readFileSync(path, 'utf8');

/* eslint-disable @typescript-eslint/no-explicit-any -- Kubernetes objects are read as plain JSON. */
type Obj = Record<string, any>;

// merge: compose.yml shares its environment through `<<: *anchor`.
const yamlDocs = (path: string): Obj[] => parseAllDocuments(read(path), { merge: true }).map((d) => d.toJSON() as Obj).filter(Boolean);
const envFile = (path: string): Record<string, string> =>
  Object.fromEntries(
    read(path)
      .split('\n')
      .filter((l) => l.trim() && !l.trim().startsWith('#'))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

function kustomizationDirs(dir: string): string[] {
  const here = existsSync(join(dir, 'kustomization.yaml')) ? [dir] : [];
  const below = readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory()).flatMap((n) => kustomizationDirs(join(dir, n)));
  return [...here, ...below];
}
const kustomization = (dir: string): Obj => yamlDocs(join(dir, 'kustomization.yaml'))[0]!;

/** Applies the `replace`/`add` operations of a JSON 6902 patch (all the overlays use). */
function applyPatch(target: Obj, ops: { op: string; path: string; value: unknown }[]): void {
  for (const { op, path, value } of ops) {
    if (op !== 'replace' && op !== 'add') throw new Error(`unsupported patch op ${op}`);
    const keys = path.split('/').slice(1);
    const last = keys.pop()!;
    const parent = keys.reduce((o, k) => o?.[k], target);
    if (!parent || (op === 'replace' && !(last in parent))) throw new Error(`patch path ${path} does not exist in ${target['kind']} ${target['metadata'].name}`);
    parent[last] = value;
  }
}

/** The objects of a kustomization with its overlays' patches applied (no generators, no name hashes). */
function build(dir: string): Obj[] {
  const k = kustomization(dir);
  const objects: Obj[] = [];
  for (const r of k['resources'] ?? []) {
    const path = join(dir, r);
    objects.push(...(statSync(path).isDirectory() ? build(path) : yamlDocs(path)));
  }
  for (const p of k['patches'] ?? []) {
    const matches = objects.filter((o) => o['kind'] === p.target.kind && o['metadata'].name === p.target.name);
    expect([dir, p.target.name, matches.length]).toEqual([dir, p.target.name, 1]);
    applyPatch(matches[0]!, parseAllDocuments(p.patch)[0]!.toJSON() as never);
  }
  const images = new Map<string, Obj>((k['images'] ?? []).map((i: Obj) => [i['name'], i]));
  for (const o of objects) {
    for (const c of containers(o)) {
      const i = images.get(c.image);
      if (i) c.image = `${i['newName'] ?? c.image}:${i['newTag']}`;
    }
  }
  return objects;
}

const podSpec = (o: Obj): Obj | undefined => o['spec']?.template?.spec;
const containers = (o: Obj): Obj[] => podSpec(o)?.['containers'] ?? [];
const workloads = (objects: Obj[]) => objects.filter((o) => ['Deployment', 'Job', 'StatefulSet', 'DaemonSet', 'CronJob'].includes(o['kind']));
const byName = (objects: Obj[], kind: string, name: string): Obj => {
  const found = objects.find((o) => o['kind'] === kind && o['metadata'].name === name);
  if (!found) throw new Error(`${kind} ${name} missing`);
  return found;
};

/** `-t miteinander-api` in each Dockerfile's header, plus its numeric USER and EXPOSEd port. */
function dockerfile(name: 'api' | 'worker' | 'web') {
  const text = read(join(ROOT, 'docker', `${name}.Dockerfile`));
  const runtime = text.slice(text.lastIndexOf('\nFROM '));
  return {
    image: /docker build -f docker\/\w+\.Dockerfile -t ([\w-]+) \./.exec(text)?.[1],
    user: /^USER (\d+)(?::(\d+))?$/m.exec(runtime),
    port: /^EXPOSE (\d+)$/m.exec(runtime)?.[1],
    healthcheck: /^HEALTHCHECK (?!NONE)/m.test(runtime),
    text,
  };
}

const OVERLAYS = readdirSync(join(K8S, 'overlays')).map((n) => join(K8S, 'overlays', n));
const BUILDS: [string, Obj[]][] = [join(K8S, 'base'), ...OVERLAYS].map((d) => [relative(K8S, d), build(d)]);
const CONFIG_KEYS = new Set([...read(join(ROOT, 'libs/server/platform/src/config/config.schema.ts')).matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]));
const REAL_LOOKING_KEY = 'k1:' + Buffer.alloc(32, 7).toString('base64');

/** The environment a pod of `dir`'s overlay gets: config.env, the overlay's literals, the Secret's example. */
function overlayEnv(dir: string): Record<string, string> {
  const literals = (kustomization(dir)['configMapGenerator'] ?? []).flatMap((g: Obj) => g['literals'] ?? []) as string[];
  return {
    ...envFile(join(K8S, 'base', 'config.env')),
    ...Object.fromEntries(literals.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])),
    ...envFile(join(dir, 'secrets.env.example')),
  };
}

describe('Kubernetes manifests (docker/k8s)', () => {
  it('has the two overlays, and every kustomization only names files that exist', () => {
    expect(OVERLAYS.map((d) => basename(d)).sort()).toEqual(['county', 'state']);
    for (const dir of kustomizationDirs(K8S)) {
      const k = kustomization(dir);
      for (const r of k['resources'] ?? []) {
        const path = join(dir, r);
        expect([dir, r, existsSync(path) && (statSync(path).isFile() || existsSync(join(path, 'kustomization.yaml')))]).toEqual([dir, r, true]);
      }
      for (const g of k['configMapGenerator'] ?? []) for (const e of g.envs ?? []) expect([dir, e, existsSync(join(dir, e))]).toEqual([dir, e, true]);
      // A secret's env file is the operator's (git-ignored); its committed example must exist.
      for (const g of k['secretGenerator'] ?? []) {
        for (const e of g.envs ?? []) {
          expect([dir, `${e}.example`, existsSync(join(dir, `${e}.example`))]).toEqual([dir, `${e}.example`, true]);
          expect(read(join(K8S, '.gitignore')).split('\n')).toContain(basename(e));
        }
      }
    }
  });

  it.each(BUILDS)('%s: every container runs as non-root, read-only, with resource requests and limits', (_, objects) => {
    expect(workloads(objects).length).toBeGreaterThanOrEqual(4);
    for (const w of workloads(objects)) {
      const pod = podSpec(w)!;
      for (const c of containers(w)) {
        const sc = { ...pod['securityContext'], ...c['securityContext'] };
        const where = `${w['metadata'].name}/${c['name']}`;
        expect([where, sc.runAsNonRoot, sc.runAsUser > 0, sc.allowPrivilegeEscalation, sc.readOnlyRootFilesystem, sc.capabilities?.drop]).toEqual([
          where, true, true, false, true, ['ALL'],
        ]);
        for (const kind of ['requests', 'limits']) for (const r of ['cpu', 'memory']) expect([where, kind, r, c['resources']?.[kind]?.[r] !== undefined]).toEqual([where, kind, r, true]);
        // A read-only root needs somewhere to write temporary files.
        const tmp = c['volumeMounts']?.find((m: Obj) => m['mountPath'] === '/tmp');
        expect([where, pod['volumes']?.find((v: Obj) => v['name'] === tmp?.name)?.emptyDir !== undefined]).toEqual([where, true]);
      }
    }
  });

  it.each(BUILDS)('%s: every long-running container has liveness and readiness probes; the api is checked on its health route', (_, objects) => {
    const route = /@Controller\('([^']+)'\)/.exec(read(join(ROOT, 'apps/api/src/app/health.controller.ts')))![1];
    for (const d of objects.filter((o) => o['kind'] === 'Deployment')) {
      for (const c of containers(d)) expect([d['metadata'].name, !!c['livenessProbe'], !!c['readinessProbe']]).toEqual([d['metadata'].name, true, true]);
    }
    const api = containers(byName(objects, 'Deployment', 'miteinander-api'))[0]!;
    // Readiness leaves mail out (GET …/ready): a relay outage must not take every api pod out of the Service.
    expect(read(join(ROOT, 'apps/api/src/app/health.controller.ts'))).toContain(`@Get('ready')`);
    expect(api['readinessProbe'].httpGet.path).toBe(`/${route}/ready`);
    expect(api['ports'].map((p: Obj) => p['containerPort'])).toEqual([Number(dockerfile('api').port)]);
    // The worker's probe runs a script that the worker build produces.
    const worker = containers(byName(objects, 'Deployment', 'miteinander-worker'))[0]!;
    const script = worker['livenessProbe'].exec.command[1] as string;
    expect(script).toBe('dist/apps/worker/apps/worker/src/healthcheck.js');
    expect(existsSync(join(ROOT, 'apps/worker/src/healthcheck.ts'))).toBe(true);
  });

  it.each(BUILDS)('%s: the api scales horizontally on CPU from at least 2 replicas, and drains one at a time', (_, objects) => {
    const hpa = byName(objects, 'HorizontalPodAutoscaler', 'miteinander-api');
    expect(hpa['spec'].scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'miteinander-api' });
    expect(hpa['spec'].minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa['spec'].maxReplicas).toBeGreaterThan(hpa['spec'].minReplicas);
    expect(hpa['spec'].metrics.map((m: Obj) => m['resource'].name)).toEqual(['cpu']);
    // The HPA owns the count: a fixed `replicas` would be reset on every apply.
    expect(byName(objects, 'Deployment', 'miteinander-api')['spec'].replicas).toBeUndefined();
    const pdb = byName(objects, 'PodDisruptionBudget', 'miteinander-api');
    expect(pdb['spec'].selector.matchLabels).toEqual(byName(objects, 'Deployment', 'miteinander-api')['spec'].selector.matchLabels);
    expect(pdb['spec'].maxUnavailable ?? 0).toBeLessThan(hpa['spec'].minReplicas);
  });

  it.each(BUILDS)('%s: the migration Job runs `migrate.js up` with the api image as the schema owner, and is the only pre-step', (_, objects) => {
    const job = byName(objects, 'Job', 'miteinander-migrate');
    const [c] = containers(job);
    expect(c!['image']).toBe(containers(byName(objects, 'Deployment', 'miteinander-api'))[0]!['image']);
    expect(c!['command']).toEqual(['node', 'dist/apps/api/apps/api/src/migrate.js', 'up']);
    expect(JSON.parse(read(join(ROOT, 'package.json'))).scripts.migrate).toBe('node dist/apps/api/apps/api/src/migrate.js');
    expect(c!['env'].find((e: Obj) => e['name'] === 'DATABASE_URL').valueFrom.secretKeyRef).toEqual({ name: 'miteinander-migrate-secrets', key: 'MIGRATE_DATABASE_URL' });
    expect(podSpec(job)!['restartPolicy']).toBe('Never');
    // `kubectl apply -l deploy.miteinander.org/step...` (README): the Job alone is `migrate`.
    const steps = objects.filter((o) => o['metadata'].labels?.['deploy.miteinander.org/step']).map((o) => [o['kind'], o['metadata'].labels['deploy.miteinander.org/step']]);
    expect(steps.filter(([, s]) => s === 'migrate')).toEqual([['Job', 'migrate']]);
  });

  it.each(BUILDS)('%s: images are the ones the Dockerfiles build, with the users and ports those images have', (name, objects) => {
    const expected: Record<string, ReturnType<typeof dockerfile>> = { api: dockerfile('api'), worker: dockerfile('worker'), web: dockerfile('web') };
    for (const [component, df] of Object.entries(expected)) {
      const d = byName(objects, 'Deployment', `miteinander-${component}`);
      const image = containers(d)[0]!['image'] as string;
      expect(df.image).toBe(`miteinander-${component}`);
      expect(name === 'base' ? image : image.split('/').pop()!.split(':')[0]).toBe(df.image);
      expect(podSpec(d)!['securityContext'].runAsUser).toBe(Number(df.user?.[1]));
      expect(df.healthcheck).toBe(true);
    }
    expect(containers(byName(objects, 'Deployment', 'miteinander-web'))[0]!['ports'][0].containerPort).toBe(Number(expected['web']!.port));
    for (const dir of OVERLAYS) for (const i of kustomization(dir)['images']) expect(Object.keys(expected).map((c) => `miteinander-${c}`)).toContain(i.name);
  });

  it('routes /api to the api Service and the rest to nginx, on the Services’ named ports', () => {
    for (const [, objects] of BUILDS) {
      const paths = byName(objects, 'Ingress', 'miteinander')['spec'].rules[0].http.paths.map((p: Obj) => [p['path'], p['backend'].service.name, p['backend'].service.port.name]);
      expect(paths).toEqual([['/api', 'miteinander-api', 'http'], ['/', 'miteinander-web', 'http']]);
      for (const svc of ['miteinander-api', 'miteinander-web']) {
        const s = byName(objects, 'Service', svc);
        const d = byName(objects, 'Deployment', svc);
        expect(s['spec'].selector).toEqual(d['spec'].selector.matchLabels);
        expect(containers(d)[0]!['ports'].map((p: Obj) => p['name'])).toContain(s['spec'].ports[0].targetPort);
      }
    }
  });

  it('configures only settings the app knows, mounts attachments where GRANT_FILES_DIR points, and the state reads reports from a replica', () => {
    const config = envFile(join(K8S, 'base', 'config.env'));
    for (const key of Object.keys(config)) expect([key, CONFIG_KEYS.has(key)]).toEqual([key, true]);
    for (const dir of OVERLAYS) {
      for (const g of kustomization(dir)['configMapGenerator'] ?? []) for (const l of g.literals ?? []) expect([l, CONFIG_KEYS.has(l.split('=')[0])]).toEqual([l, true]);
      for (const key of Object.keys(envFile(join(dir, 'secrets.env.example')))) expect([key, CONFIG_KEYS.has(key)]).toEqual([key, true]);
      // MIGRATE_DATABASE_URL is not an app setting: the Job maps it onto DATABASE_URL.
      expect(Object.keys(envFile(join(dir, 'migrate-secrets.env.example')))).toEqual(['MIGRATE_DATABASE_URL']);
    }
    for (const [, objects] of BUILDS) {
      for (const name of ['miteinander-api', 'miteinander-worker']) {
        const mounts = containers(byName(objects, 'Deployment', name))[0]!['volumeMounts'];
        expect(mounts.find((m: Obj) => m['name'] === 'grant-files').mountPath).toBe(config['GRANT_FILES_DIR']);
      }
    }
    expect(Object.keys(envFile(join(K8S, 'overlays', 'state', 'secrets.env.example')))).toContain('DATABASE_READ_URL');
    expect(Object.keys(envFile(join(K8S, 'overlays', 'county', 'secrets.env.example')))).not.toContain('DATABASE_READ_URL');
  });

  it.each(OVERLAYS.map((d) => [relative(K8S, d), d]))('%s: the settings pass the app’s own validation once real keys are filled in, and the placeholders do not', (_, dir) => {
    const env = overlayEnv(dir);
    for (const role of ['api', 'worker'] as const) expect(() => loadConfig({ ...env, ENCRYPTION_KEYS: REAL_LOOKING_KEY }, role)).not.toThrow();
    const api = loadConfig({ ...env, ENCRYPTION_KEYS: REAL_LOOKING_KEY }, 'api');
    expect(api.database).toMatchObject({ runMigrations: false, url: env['DATABASE_URL'] });
    expect(() => loadConfig(env, 'api')).toThrow(/ENCRYPTION_KEYS/);
  });

  it.each(BUILDS)('%s: only the migration Job gets the schema owner’s connection', (_, objects) => {
    for (const w of workloads(objects)) {
      const refs = JSON.stringify(containers(w)).match(/miteinander-migrate-secrets/g) ?? [];
      expect([w['metadata'].name, refs.length]).toEqual([w['metadata'].name, w['kind'] === 'Job' ? 1 : 0]);
    }
  });

  it('commits no secret: no Secret object with data, and examples hold placeholders only', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
    for (const f of files(K8S).filter((f) => /\.ya?ml$/.test(f))) {
      for (const o of yamlDocs(f)) if (o['kind'] === 'Secret') expect([relative(K8S, f), o['data'] ?? o['stringData']]).toEqual([relative(K8S, f), undefined]);
    }
    for (const f of files(K8S).filter((f) => f.endsWith('.env.example'))) {
      for (const [key, value] of Object.entries(envFile(f))) {
        const where = `${relative(K8S, f)} ${key}`;
        // Every credential in a URL, and every key, is CHANGE_ME; nothing looks like a real base64 key.
        const password = /^\w+:\/\/[^:/@]*:([^@]*)@/.exec(value)?.[1];
        if (password !== undefined) expect([where, password]).toEqual([where, 'CHANGE_ME']);
        if (key === 'ENCRYPTION_KEYS') expect([where, value]).toEqual([where, 'k1:CHANGE_ME']);
        expect([where, /[A-Za-z0-9+/]{32,}={0,2}/.test(value)]).toEqual([where, false]);
      }
    }
  });
});

describe('single server (docker/compose.yml)', () => {
  const compose = yamlDocs(join(ROOT, 'docker', 'compose.yml'))[0]!;
  const services = compose['services'] as Record<string, Obj>;

  it('has a health check on every long-running service, its own or its image’s', () => {
    const imageChecks: Record<string, boolean> = { api: dockerfile('api').healthcheck, worker: dockerfile('worker').healthcheck, web: dockerfile('web').healthcheck };
    for (const [name, s] of Object.entries(services)) {
      if (name === 'migrate') continue; // one-shot
      const own = s['healthcheck'] && !s['healthcheck'].disable;
      expect([name, Boolean(own || imageChecks[name])]).toEqual([name, true]);
    }
  });

  it('runs the migrations once, to completion, before api and worker; the web waits for a healthy api', () => {
    expect(services['migrate']!['command']).toEqual(['node', 'dist/apps/api/apps/api/src/migrate.js', 'up']);
    expect(services['migrate']!['image']).toBe(services['api']!['image']);
    for (const s of ['api', 'worker']) expect(services[s]!['depends_on'].migrate).toEqual({ condition: 'service_completed_successfully' });
    expect(services['web']!['depends_on'].api).toEqual({ condition: 'service_healthy' });
    expect(services['api']!['environment'].DATABASE_RUN_MIGRATIONS).toBe('false');
  });

  it('keeps Redis for BullMQ (noeviction, append-only file) and the mail catcher to staging', () => {
    const cmd = (services['redis']!['command'] as string[]).join(' ');
    expect(cmd).toContain('--maxmemory-policy noeviction');
    expect(cmd).toContain('--appendonly yes');
    expect(services['mailpit']!['profiles']).toEqual(['staging']);
    for (const s of ['api', 'worker']) expect(services[s]!['depends_on'].mailpit.required).toBe(false);
  });

  it('shares the attachment volume between api and worker at GRANT_FILES_DIR', () => {
    const dir = services['api']!['environment'].GRANT_FILES_DIR;
    for (const s of ['api', 'worker']) expect(services[s]!['volumes']).toContain(`grant-files:${dir}`);
    expect(dirname(dir)).toBe('/var/lib/miteinander');
    for (const df of [dockerfile('api'), dockerfile('worker')]) expect(df.text).toContain(`mkdir -p ${dir} && chown 1000:1000 ${dir}`);
  });
});
