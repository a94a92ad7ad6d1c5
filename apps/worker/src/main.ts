import 'reflect-metadata';
import { loadConfigOrExit } from '@chn/core';
import { createWorkerApp } from './create-worker-app';

async function main() {
  process.env.CHN_PROCESS ??= 'worker';
  await loadConfigOrExit();
  await createWorkerApp();
}

void main();
