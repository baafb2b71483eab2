// Lint rules, and the layering of architecture.md enforced as import bans per folder.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'worker_threads'];
const databaseAndHost = ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'pino'];

const banned = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'release/**', 'out/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', 'migrations/**', 'eslint.config.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  // src-shared runs anywhere: no Node, DOM, Electron, React, database, nor the other layers.
  {
    files: ['src-shared/**/*.ts'],
    rules: banned(
      [...nodeBuiltins, ...databaseAndHost, 'electron', 'react', 'react-dom', 'react-*', 'zustand', '**/src-main/**', '**/src-renderer/**'],
      'src-shared imports nothing from Node, the DOM, Electron, React, the database or the other layers (architecture.md).',
    ),
  },
  // The core runs in plain Node: only app/ and preload/ may import electron.
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/app/**', 'src-main/preload/**', 'src-main/server/**'],
    rules: banned(['electron', 'react', 'react-dom', '**/src-renderer/**'], 'Only src-main/app and src-main/preload may import electron; the core never imports the renderer.'),
  },
  {
    files: ['src-main/app/**/*.ts', 'src-main/preload/**/*.ts'],
    rules: banned(['react', 'react-dom', '**/src-renderer/**'], 'The Electron shell never imports the renderer.'),
  },
  // The shared server imports only src-shared: never app/, db/, domains/ or the desktop core.
  {
    files: ['src-main/server/**/*.ts'],
    rules: banned(
      ['electron', '**/app/**', '**/db/**', '**/domains/**', '**/core/**', '**/web/**', '**/sync/**', '**/cli/**', '**/src-renderer/**', '!**/src-shared/**'],
      'The sync server imports only src-shared (architecture.md).',
    ),
  },
  // The renderer talks to the core only through its typed client.
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...banned([...nodeBuiltins, ...databaseAndHost, 'electron', '**/src-main/**'], 'The renderer reaches the core only through src-renderer/api.'),
    },
  },
  {
    files: ['scripts/**/*.ts', 'tests/**/*.{ts,tsx}', '*.config.ts'],
    rules: { 'no-console': 'off' },
  },
  // Playwright fixtures without dependencies must destructure an empty object.
  {
    files: ['tests/e2e/fixtures.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
