// Builds tools/bench/web-bundle/minimal (one standalone component) with the web app's own builder and production
// options (read from apps/web/project.json), through Angular's architect API: no extra Nx project, works offline.
const { readFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '../../..');
const here = relative(root, join(__dirname, 'minimal'));

function minimalOptions(outputPath) {
  const web = JSON.parse(readFileSync(join(root, 'apps/web/project.json'), 'utf8')).targets.build;
  const { budgets, ...production } = web.configurations.production;
  return {
    ...web.options,
    ...production,
    outputPath,
    index: `${here}/src/index.html`,
    browser: `${here}/src/main.ts`,
    tsConfig: `${here}/tsconfig.json`,
    allowedCommonJsDependencies: [],
    assets: [],
    styles: [],
    progress: false,
  };
}

/** Builds the minimal app into outputPath (relative to the workspace root); resolves when done. */
async function buildMinimal(outputPath) {
  const { Architect } = require('@angular-devkit/architect');
  const { WorkspaceNodeModulesArchitectHost } = require('@angular-devkit/architect/node');
  const { logging, schema } = require('@angular-devkit/core');
  const options = minimalOptions(outputPath);
  const workspaceHost = {
    getBuilderName: async () => '@angular/build:application',
    getMetadata: async () => ({ root: here, sourceRoot: `${here}/src`, projectType: 'application' }),
    getOptions: async () => options,
    hasTarget: async () => true,
    getDefaultConfigurationName: async () => undefined,
  };
  const registry = new schema.CoreSchemaRegistry();
  registry.addPostTransform(schema.transforms.addUndefinedDefaults);
  const architect = new Architect(new WorkspaceNodeModulesArchitectHost(workspaceHost, root), registry);
  const logger = new logging.Logger('minimal');
  logger.subscribe((entry) => entry.level === 'error' && console.error(entry.message));
  const run = await architect.scheduleTarget({ project: 'web-bundle-minimal', target: 'build' }, {}, { logger });
  const result = await run.result;
  await run.stop();
  if (!result.success) throw new Error(`minimal Angular app did not build: ${result.error ?? 'see above'}`);
}

module.exports = { buildMinimal };

if (require.main === module) {
  process.chdir(root);
  buildMinimal(process.argv[2] ?? 'dist/bench/web-bundle-minimal').catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
