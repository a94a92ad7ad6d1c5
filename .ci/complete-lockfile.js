#!/usr/bin/env node
/*
 * The npm registry mirror reachable here lacks some platform builds of optional native
 * packages (other OSes' bindings). npm 11 then leaves them out of package-lock.json, and
 * `npm ci` refuses the lock as "Missing: ... from lock file". This adds a lock entry, marked
 * optional and limited to its OS and CPU, for every optional dependency the lock names but
 * does not hold, so `npm ci` accepts it and skips them on this platform. Idempotent.
 */
const fs = require('node:fs');
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));
const pk = lock.packages;
const osOf = (n) =>
  ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony'].find((o) => n.includes(o));
const cpuOf = (n) =>
  ['arm64', 'x64', 'ia32', 'arm', 'loong64', 'ppc64', 'riscv64', 's390x'].find((c) =>
    n.includes('-' + c),
  );
let added = 0;
for (const [path, meta] of Object.entries(pk)) {
  for (const [dep, ver] of Object.entries(meta.optionalDependencies || {})) {
    const key = `node_modules/${dep}`;
    if (pk[key] || pk[`${path}/node_modules/${dep}`]) continue;
    const entry = { version: ver, optional: true };
    if (meta.dev) entry.dev = true;
    const os = osOf(dep),
      cpu = cpuOf(dep);
    if (cpu) entry.cpu = [cpu];
    if (os) entry.os = [os];
    pk[key] = entry;
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(pk).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
fs.writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
if (added > 0) console.log(`package-lock.json: added ${added} optional platform entries`);
