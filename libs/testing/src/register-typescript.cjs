/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, process, __dirname */
/**
 * `node -r ./libs/testing/src/register-typescript.cjs app.ts` runs the TypeScript sources as
 * they are, so tests can start the worker as its own process without a build: each .ts file is
 * transpiled on load with the project's compiler options, and `@chn/*` resolves through the
 * tsconfig paths. Transpiled files are cached in the system's temporary directory.
 */
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const ts = require('typescript');

const root = resolve(__dirname, '../../..');
const configFile = join(root, 'tsconfig.json');
const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configFile);
const compilerOptions = {
  ...options,
  sourceMap: false,
  inlineSourceMap: true,
  inlineSources: false,
};
const optionsKey = createHash('sha1').update(JSON.stringify(compilerOptions)).digest('hex');
const cacheDir = join(tmpdir(), 'chn-register-typescript', `${ts.version}-${optionsKey}`);
mkdirSync(cacheDir, { recursive: true });

const aliases = Object.entries(options.paths ?? {}).map(([pattern, [target]]) => ({
  prefix: pattern.replace(/\*$/, ''),
  wildcard: pattern.endsWith('*'),
  target: resolve(options.baseUrl ?? root, target.replace(/\*$/, '')),
}));

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  for (const { prefix, wildcard, target } of aliases) {
    if (wildcard ? request.startsWith(prefix) : request === prefix) {
      return resolveFilename.call(this, join(target, request.slice(prefix.length)), ...rest);
    }
  }
  return resolveFilename.call(this, request, ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const source = readFileSync(filename, 'utf8');
  const key = createHash('sha1').update(filename).update('\0').update(source).digest('hex');
  const cached = join(cacheDir, `${key}.js`);
  let output;
  try {
    output = readFileSync(cached, 'utf8');
  } catch {
    output = ts.transpileModule(source, { compilerOptions, fileName: filename }).outputText;
    // Written aside and renamed, so a process starting alongside never reads half a file.
    writeFileSync(`${cached}.${process.pid}`, output);
    renameSync(`${cached}.${process.pid}`, cached);
  }
  module._compile(output, filename);
};
