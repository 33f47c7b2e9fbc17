/**
 * For speed work on the .docx read and the checker: writes what `council-report check --format
 * json` says about every .docx under test/fixtures (with the default template and with each
 * built-in one), one file per run, to the folder given. Run it before and after a change and
 * compare the folders (`diff -r before after`): a change that only makes the check faster leaves
 * them byte for byte the same. Needs `npm run build:cli` first.
 *
 *   node bench/check-findings-snapshot.mjs /tmp/before
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2];
if (!out) {
  console.error('usage: node bench/check-findings-snapshot.mjs <folder>');
  process.exit(2);
}
const TEMPLATES = ['', 'maidstone-2018', 'maidstone-2019'];

function docxFiles(folder) {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return docxFiles(path);
      return entry.name.endsWith('.docx') ? [path] : [];
    });
}

mkdirSync(out, { recursive: true });
const files = docxFiles(join(root, 'test/fixtures'));
for (const [index, file] of files.entries()) {
  for (const template of TEMPLATES) {
    const args = [join(root, 'bin/council-report.js'), 'check', '--format', 'json'];
    if (template) args.push('--template', template);
    const run = spawnSync(process.execPath, [...args, file], { cwd: root, encoding: 'utf8' });
    const name = `${String(index + 1).padStart(3, '0')}${template ? `-${template}` : ''}`;
    writeFileSync(
      join(out, `${name}.txt`),
      `${relative(root, file)}\nexit ${run.status}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`,
    );
  }
}
console.log(`${files.length} reports × ${TEMPLATES.length} templates written to ${out}`);
