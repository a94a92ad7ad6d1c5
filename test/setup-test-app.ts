import { useTestAppFactory } from '@chn/testing';

// Every e2e file's TestApp is the API; loaded on first start, so files without one skip it.
useTestAppFactory(async () => (await import('../apps/api/src/create-api-app')).createApiApp());
