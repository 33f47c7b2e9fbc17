/**
 * Measurements for bench/run.mjs, each in its own child process:
 *
 *   node --expose-gc bench/measure.mjs time <runs> <budget-ms> <file.docx>...
 *     Both tools in one process, taking turns (ours, mammoth, mammoth, ours, ...), so a machine
 *     that gets busier or quieter during the run slows both alike. One warm-up pass each, then
 *     `runs` timed passes each (fewer if the time budget is spent, but at least 3).
 *
 *   node --expose-gc bench/measure.mjs memory <ours|mammoth> <file.docx>...
 *     One tool alone, so the process's peak memory (maxRSS) is that tool's: a warm-up pass and
 *     one more pass.
 *
 * Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each tool gets the file's bytes and does its whole job on them. */
function loadTool(name) {
  if (name === 'ours') {
    const { DocxReportHost } = require(join(root, 'build/cli/docx/docx-host.js'));
    const { checkReport } = require(join(root, 'build/cli/app/check-report.js'));
    const { getTemplate, DEFAULT_TEMPLATE_ID } = require(join(root, 'build/cli/core/template/templates.js'));
    const template = getTemplate(DEFAULT_TEMPLATE_ID);
    return async (bytes, file) => {
      const result = await checkReport(new DocxReportHost(bytes, basename(file)), template);
      return result.findings.length;
    };
  }
  if (name === 'mammoth') {
    const mammoth = require('mammoth');
    return async (bytes) => {
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const result = await mammoth.extractRawText({ buffer });
      return result.value.length;
    };
  }
  throw new Error(`measure: unknown tool "${name}"`);
}

/** One pass over every file, reading each from disk as a user's run would. */
async function pass(tool, files) {
  let bytes = 0;
  for (const file of files) {
    const data = readFileSync(file);
    bytes += data.byteLength;
    await tool(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), file);
  }
  return bytes;
}

async function timedPass(tool, files) {
  globalThis.gc?.();
  const start = performance.now();
  await pass(tool, files);
  return performance.now() - start;
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'time') {
  const [runsText, budgetText, ...files] = rest;
  const runs = Number(runsText);
  const budget = Number(budgetText);
  const tools = { ours: loadTool('ours'), mammoth: loadTool('mammoth') };
  const bytes = await pass(tools.ours, files);
  await pass(tools.mammoth, files);
  const times = { ours: [], mammoth: [] };
  const started = performance.now();
  while (times.ours.length < runs && (times.ours.length < 3 || performance.now() - started < budget)) {
    const order = times.ours.length % 2 === 0 ? ['ours', 'mammoth'] : ['mammoth', 'ours'];
    for (const name of order) times[name].push(await timedPass(tools[name], files));
  }
  process.stdout.write(JSON.stringify({ bytes, times }) + '\n');
} else if (mode === 'memory') {
  const [name, ...files] = rest;
  const tool = loadTool(name);
  await pass(tool, files);
  await pass(tool, files);
  // maxRSS is in kilobytes.
  process.stdout.write(
    JSON.stringify({ tool: name, peakRssMb: process.resourceUsage().maxRSS / 1024 }) + '\n',
  );
} else {
  throw new Error(`measure: unknown mode "${mode}" (time or memory)`);
}
