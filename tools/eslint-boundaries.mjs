import { dirname, extname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The production libraries, lowest first. A library imports only libraries of a lower layer,
 * and only through their public index.ts (`@chn/<name>`).
 */
export const LIBRARY_LAYERS = [
  ['core'],
  ['queue'],
  ['identity'],
  ['institutions', 'employers'],
  ['advisers'],
  ['opportunities', 'matching'],
  ['events'],
  ['reporting', 'notifications', 'programmes'],
];

/** The apps an app may import besides libraries: the CLI builds the API to print its schema. */
const APPS_AN_APP_USES = { cli: ['api'] };

/**
 * Pure modules the browser console imports directly (`@chn/<library>/<module>`), so it shares the
 * server's rule without bundling the library's index (Nest, TypeORM).
 */
const BROWSER_MODULES = { core: ['calendar/academic-year'] };

const LAYER = new Map(LIBRARY_LAYERS.flatMap((names, layer) => names.map((n) => [n, layer])));

/**
 * Where a repository path belongs: a production library, `testing` (libs/testing), an app, a
 * development tool (tools/) or test code (test/, bench/ and every *.spec.ts, which may import
 * anything). Null outside these.
 */
function areaOf(path, { spec = false } = {}) {
  const [top, name] = path.split('/');
  if (spec || top === 'test' || top === 'bench') return { kind: 'test' };
  if (top === 'libs' && name === 'testing') return { kind: 'testing', name };
  if (top === 'libs' && name) return { kind: 'library', name };
  if (top === 'apps' && name) return { kind: 'app', name };
  if (top === 'tools' && name) return { kind: 'tools', name: name.replace(/\.[^.]*$/, '') };
  return null;
}

/** The public entry of a library or of a tools folder: its index.ts. */
const entryOf = (area) => (area.kind === 'tools' ? `tools/${area.name}` : `@chn/${area.name}`);

/** `libs/x`, `libs/x/src`, `libs/x/src/index`, `tools/x` or `tools/x/index`. */
function isEntry(path) {
  const bare = extname(path) ? path.slice(0, -extname(path).length) : path;
  return /^libs\/[^/]+(\/src(\/index)?)?$/.test(bare) || /^tools\/[^/]+(\/index)?$/.test(bare);
}

/** What an import names: its area and whether it is the public entry. Null for packages. */
function targetOf(specifier, filename) {
  const alias = /^@chn\/([^/]+)(\/.*)?$/.exec(specifier);
  if (alias) return { ...areaOf(`libs/${alias[1]}`), entry: !alias[2], module: alias[2]?.slice(1) };
  if (!specifier.startsWith('.')) return null;
  const path = relative(ROOT, resolve(dirname(filename), specifier))
    .split('\\')
    .join('/');
  const area = areaOf(path);
  return area && { ...area, entry: isEntry(path) };
}

const label = (area) =>
  ({
    test: 'test code',
    testing: 'libs/testing',
    library: `libs/${area.name}`,
    app: `apps/${area.name}`,
    tools: `tools/${area.name}`,
  })[area.kind];

/** Why `from` may not import `to` (a message id), or null when it may. */
function refusal(from, to) {
  if (from.kind === 'test') return null;
  if (to.kind === 'testing' && from.kind !== 'testing') return 'onlyTestsImportTesting';
  if (to.kind === 'test') return 'notAllowed';
  if (from.kind === to.kind && (from.name === to.name || from.kind === 'tools')) return null;
  switch (from.kind) {
    case 'library':
      if (to.kind !== 'library') return 'libraryImportsLibraries';
      if (!to.entry) return 'deepImport';
      if (!LAYER.has(from.name) || !LAYER.has(to.name)) return 'unknownLibrary';
      return LAYER.get(to.name) < LAYER.get(from.name) ? null : 'notBelow';
    case 'testing':
      if (to.kind !== 'library' && to.kind !== 'tools') return 'libraryImportsLibraries';
      return to.entry ? null : 'deepImport';
    case 'app':
      if (to.kind === 'app' && APPS_AN_APP_USES[from.name]?.includes(to.name)) return null;
      if (from.name === 'console' && BROWSER_MODULES[to.name]?.includes(to.module)) return null;
      if (to.kind !== 'library') return 'appImportsLibraries';
      return to.entry ? null : 'deepImport';
    case 'tools':
      if (to.kind === 'library') return to.entry ? null : 'deepImport';
      return to.kind === 'app' ? null : 'notAllowed';
    default:
      return null;
  }
}

/** Enforces the library layering and keeps test code out of everything but tests. */
export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports respect the library layers and the test/production split' },
    schema: [],
    messages: {
      deepImport:
        "'{{specifier}}' reaches into {{target}}'s files: import its public index.ts ('{{entry}}')",
      notBelow:
        '{{source}} may not import {{target}}: a library imports only libraries below it ({{layers}})',
      libraryImportsLibraries: '{{source}} may not import {{target}}: a library imports libraries',
      appImportsLibraries: '{{source}} may not import {{target}}: an app imports libraries',
      onlyTestsImportTesting: '{{source}} may not import libs/testing: only tests do',
      unknownLibrary:
        '{{source}} imports {{target}}: give every library its layer in LIBRARY_LAYERS (tools/eslint-boundaries.mjs)',
      notAllowed: '{{source}} may not import {{target}}',
    },
  },
  create(context) {
    const file = relative(ROOT, context.filename).split('\\').join('/');
    const from = areaOf(file, { spec: /\.spec\.tsx?$/.test(file) });
    if (!from) return {};
    const check = (node) => {
      if (!node || typeof node.value !== 'string') return;
      const to = targetOf(node.value, context.filename);
      if (!to) return;
      const messageId = refusal(from, to);
      if (!messageId) return;
      context.report({
        node,
        messageId,
        data: {
          specifier: node.value,
          source: label(from),
          target: label(to),
          entry: entryOf(to),
          layers: LIBRARY_LAYERS.map((names) => names.join(', ')).join(' < '),
        },
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSExternalModuleReference: (node) => check(node.expression),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require')
          check(node.arguments[0]);
      },
    };
  },
};
