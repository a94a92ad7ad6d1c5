import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { importBoundaries } from './tools/eslint-boundaries.mjs';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.ci/**',
      '*.config.js',
      '*.config.mjs',
      'apps/console/src/gql/**',
      'test/artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    // Library layers, public entries, and test code kept to tests: see tools/eslint-boundaries.mjs.
    files: ['**/*.{ts,tsx,js,cjs,mjs}'],
    plugins: { chn: { rules: { 'import-boundaries': importBoundaries } } },
    rules: { 'chn/import-boundaries': 'error' },
  },
  {
    files: [
      'apps/cli/**/*.ts',
      'bench/**/*.{ts,mjs}',
      'tools/**/*.ts',
      'test/**/*.ts',
      'libs/testing/**/*.ts',
      'libs/core/src/runtime/**/*.ts',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['tools/start.mjs', 'bench/peer/server.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['apps/console/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
);
