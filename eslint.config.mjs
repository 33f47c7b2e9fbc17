// ESLint flat config: the office-addins plugin's React preset (its rules catch sync() in loops,
// reads of unloaded properties and bare load() calls), TypeScript-aware.
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['node_modules/', 'dist/', 'build/', 'coverage/', 'test-output/', 'bin/'] },
  ...officeAddins.configs.react,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    rules: {
      // Formatting is checked by `prettier --check` in `npm run lint`, not as lint errors.
      'prettier/prettier': 'off',
      // A sync() in a loop multiplies round trips to Word: an error here, not a warning.
      'office-addins/no-context-sync-in-loop': 'error',
      'react/react-in-jsx-scope': 'off',
      'no-undef': 'off',
      'no-redeclare': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
  },
];
