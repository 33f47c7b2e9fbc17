#!/usr/bin/env node
// Offline validation of the add-in manifest: `npm run validate` (= node scripts/validate-manifest.mjs manifest.xml).
//
//   node scripts/validate-manifest.mjs <manifest.xml> [--base-url URL] [--assets DIR] [--commands FILE]
//
// XSD validation (xmllint-wasm, schemas/office-addin-manifest/) plus the checks the XSD cannot
// make: resource references, hosts, URLs, icon files and sizes, ExecuteFunction registrations.
// The checks live in ./manifest-checks.js (CommonJS, so Jest tests call them directly).
// Exit codes: 0 valid (warnings allowed), 1 invalid, 2 usage error.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import checks from './manifest-checks.js';

export const {
  DEFAULT_SCHEMA_DIR,
  DEFAULT_BASE_URL,
  MAIN_SCHEMA,
  PRELOADED_SCHEMAS,
  KNOWN_HOSTS,
  parseXml,
  descendants,
  validateSchema,
  collectResources,
  checkResourceReferences,
  checkHosts,
  collectUrls,
  checkUrls,
  pngSize,
  checkIcons,
  stripComments,
  registeredFunctionNames,
  checkFunctionNames,
  withoutRuntimes,
  checkSharedRuntime,
  validateManifestText,
  validateManifestFile,
  formatProblem,
  main,
} = checks;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  checks.main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(e?.stack ?? String(e));
      process.exitCode = 1;
    },
  );
}
