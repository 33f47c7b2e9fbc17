// ESLint flat config: the office-addins plugin's React preset (its rules catch sync() in loops,
// reads of unloaded properties and bare load() calls), TypeScript-aware.
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

// The same plugin instance the preset registers (a second instance may not be registered).
const tsPlugin = officeAddins.configs.recommended.find((c) => c.plugins?.['@typescript-eslint']).plugins[
  '@typescript-eslint'
];

const nodeGlobals = {
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  process: 'readonly',
  __dirname: 'readonly',
  console: 'readonly',
  Buffer: 'readonly',
  URL: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
  performance: 'readonly',
};

export default [
  { ignores: ['node_modules/', 'dist/', 'build/', 'coverage/', 'test-output/'] },
  ...officeAddins.configs.react,
  {
    files: ['**/*.{ts,tsx}'],
    // The preset registers the TypeScript plugin for .ts only; .tsx needs it too.
    plugins: { '@typescript-eslint': tsPlugin },
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // Formatting is checked by `prettier --check` in `npm run lint`, not as lint errors.
      'prettier/prettier': 'off',
      // A sync() in a loop multiplies round trips to Word: an error here, not a warning.
      'office-addins/no-context-sync-in-loop': 'error',
      'react/react-in-jsx-scope': 'off',
      'no-undef': 'off',
      'no-redeclare': 'off',
      // The base rule does not understand parameter names in TypeScript function types (props of
      // .tsx components); the TypeScript rule below does the job.
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs', globals: nodeGlobals },
    rules: { 'prettier/prettier': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: nodeGlobals },
    rules: { 'prettier/prettier': 'off' },
  },
];
