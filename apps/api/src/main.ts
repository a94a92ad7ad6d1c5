import 'reflect-metadata';
import { loadConfigOrExit } from '@chn/core';
import { createApiApp } from './create-api-app';

async function main() {
  process.env.CHN_PROCESS ??= 'api';
  const config = await loadConfigOrExit();
  const app = await createApiApp();
  await app.listen(config.PORT);
}

void main();
