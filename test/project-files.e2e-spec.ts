import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subset } from 'semver';

const root = join(__dirname, '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

describe('project files', () => {
  it('installs only dependencies whose engines accept every Node the project declares', () => {
    const declared: string = readJson('package.json').engines.node;
    const lock: { packages: Record<string, { version?: string; engines?: { node?: unknown } }> } =
      readJson('package-lock.json');
    const refusing = Object.entries(lock.packages)
      .filter(([path, meta]) => path !== '' && typeof meta.engines?.node === 'string')
      .filter(([, meta]) => !subset(declared, meta.engines!.node as string))
      .map(([path, meta]) => `${path}@${meta.version} wants node ${meta.engines!.node}`);
    expect(refusing).toEqual([]);
  });

  it('gives docker compose no default JWT_SECRET, and says how to get a first administrator', () => {
    const compose = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
    const secrets = compose.match(/^\s*JWT_SECRET:.*$/gm) ?? [];
    expect(secrets.length).toBeGreaterThan(0);
    for (const line of secrets) expect(line).toMatch(/^\s*JWT_SECRET: \$\{JWT_SECRET:\?[^}]+\}$/);
    const header = compose.slice(0, compose.search(/^[^#\n]/m));
    expect(header).toContain('create-admin --email');
    expect(header).toContain('seed-demo');
  });
});
