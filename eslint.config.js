// Lint rules for the whole project (npm run lint). Why each plugin is here:
// - typescript-eslint: the TypeScript in src/, cms/, scripts/ and tests/ (recommended rules, no type-aware
//   rules, so linting stays a few seconds on these 2-core machines; `tsc` already checks types).
// - eslint-plugin-astro: the .astro components and pages, including their <script> blocks.
// - eslint-plugin-jsx-a11y: the React previews in the CMS (cms/previews), which editors see beside the form.
// Formatting is Prettier's job (.prettierrc.json) for everything but .astro files (see .prettierignore); nothing here argues with it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'public/', 'tests/.output/', '.cms-sandbox/', 'unlanded/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['cms/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // We match control characters on purpose: free-text answers are cleaned of them, benchmarks strip terminal colours.
      'no-control-regex': 'off',
    },
  },
  {
    // Decap's API and zod's internal definitions are untyped; the editor code reads them at that boundary,
    // and tests build deliberately wrong records. Everywhere else `any` is an error.
    files: ['cms/**', 'tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
