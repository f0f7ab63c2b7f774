import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine and rules run in the CLI, tests and service worker alike: no browser or page APIs.
    files: ['src/engine/**', 'rules/**'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'localStorage', 'fetch'],
      'no-restricted-imports': [
        'error',
        { patterns: ['**/platforms/**', '**/compose/**', '**/ui/**', 'wxt/*'] },
      ],
    },
  },
);
