/**
 * Renders a .docx with LibreOffice and returns the PDF's text: the independent check that the
 * OOXML we write opens and shows what we meant, outside our own reader.
 *
 * Each test process has its own LibreOffice profile (-env:UserInstallation) in a temporary folder,
 * so parallel Jest workers, or a LibreOffice the developer has open, do not clash; renders within
 * a process take turns on it, because a profile holds one LibreOffice at a time. Reusing the
 * profile saves LibreOffice's first-start set-up (about a second a render on a 2-core machine).
 * A missing soffice or pdftotext fails loudly: the check must not silently stop running.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Rendered {
  /** `pdftotext -layout` output. */
  text: string;
  pdf: Uint8Array;
  /** Time LibreOffice took to convert the file (ms), profile start-up included. */
  renderMs: number;
}

const INSTALL_HINT =
  'Install it with .ci/run (it installs libreoffice-writer-nogui and poppler-utils), then run the tests again.';

function run(command: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) {
        resolve(stdout);
        return;
      }
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') reject(new Error(`${command} was not found. ${INSTALL_HINT}`));
      else if (error.killed) reject(new Error(`${command} did not finish within ${timeoutMs / 1000} s.`));
      else reject(new Error(`${command} failed: ${error.message}\n${stderr}`));
    });
  });
}

export interface RenderOptions {
  /** Per command; LibreOffice's first start with a new profile takes a few seconds. Default 60 s. */
  timeoutMs?: number;
  /** Commands to run; tests of this helper point them at programs that do not exist. */
  soffice?: string;
  pdftotext?: string;
}

let profileFolder: string | undefined;
let turn: Promise<unknown> = Promise.resolve();

/** This process's LibreOffice profile, made on first use and removed when the process exits. */
function profile(): string {
  if (profileFolder === undefined) {
    const folder = mkdtempSync(join(tmpdir(), 'cr-lo-profile-'));
    profileFolder = folder;
    process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  }
  return pathToFileURL(join(profileFolder, 'profile')).href;
}

/** Converts `docx` to PDF with LibreOffice and extracts its text with pdftotext. */
export function renderDocx(
  docx: Uint8Array,
  name = 'document.docx',
  options: RenderOptions = {},
): Promise<Rendered> {
  const rendered = turn.then(() => renderNow(docx, name, options));
  turn = rendered.catch(() => undefined);
  return rendered;
}

async function renderNow(docx: Uint8Array, name: string, options: RenderOptions): Promise<Rendered> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const folder = await mkdtemp(join(tmpdir(), 'cr-render-'));
  try {
    const input = join(folder, name);
    await writeFile(input, docx);
    const started = Date.now();
    await run(
      options.soffice ?? 'soffice',
      [`-env:UserInstallation=${profile()}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, input],
      timeoutMs,
    );
    const renderMs = Date.now() - started;
    const pdfPath = join(folder, name.replace(/\.docx$/i, '') + '.pdf');
    let pdf: Uint8Array;
    try {
      pdf = new Uint8Array(await readFile(pdfPath));
    } catch {
      throw new Error(`LibreOffice did not write a PDF for ${name}: it could not open the file.`);
    }
    const text = await run(options.pdftotext ?? 'pdftotext', ['-layout', pdfPath, '-'], timeoutMs);
    return { text, pdf, renderMs };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
