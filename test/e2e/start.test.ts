/**
 * `npm start` away from Windows and macOS (scripts/start.mjs): it serves the pages over HTTPS with
 * development certificates it makes without root, and refuses plainly (exit 1) when the port is
 * taken or the certificates cannot be read. Real processes, a real port, real TLS.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:https';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/build';

const START = join(ROOT, 'scripts', 'start.mjs');
const onWordPlatform = process.platform === 'win32' || process.platform === 'darwin';

interface Run {
  code: number | null;
  output: string;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [START, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'cr-start-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

(onWordPlatform ? describe.skip : describe)('npm start where Word does not run', () => {
  let certDir: string;
  let child: ChildProcess | null = null;
  afterEach(() => {
    child?.kill('SIGTERM');
    child = null;
  });

  it('serves the workspace over HTTPS with certificates it made, and prints the URL and how to sideload', async () => {
    certDir = join(folder, 'certs');
    const port = await freePort();
    child = spawn(process.execPath, [START, '--port', String(port), '--cert-dir', certDir], { cwd: ROOT });
    let output = '';
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No URL printed in 120 s:\n${output}`)), 120_000);
      child!.stdout!.on('data', (d: Buffer) => {
        output += d.toString();
        if (output.includes('Ctrl+C stops the server')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child!.on('exit', (code) => reject(new Error(`npm start exited (${String(code)}):\n${output}`)));
    });
    expect(output).toContain(`https://localhost:${port}/workspace.html`);
    expect(output).toContain('Upload my add-in');
    expect(output).toContain(join(certDir, 'ca.crt'));
    // Trusting only the CA it made (no system trust store), the page comes over TLS.
    const ca = readFileSync(join(certDir, 'ca.crt'));
    const page = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      get(`https://localhost:${port}/workspace.html`, { ca }, (response) => {
        let body = '';
        response.on('data', (d: Buffer) => (body += d.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      }).on('error', reject);
    });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Council Report workspace (not Word)');
  }, 150_000);

  it('exits 1, saying so, when the port is in use', async () => {
    const holder: Server = createServer();
    await new Promise<void>((resolve) => holder.listen(0, resolve));
    const { port } = holder.address() as AddressInfo;
    try {
      const result = await run(['--port', String(port), '--cert-dir', join(folder, 'unused')]);
      expect(result.code).toBe(1);
      expect(result.output).toContain(`Port ${port} is already in use`);
    } finally {
      holder.close();
    }
  });

  it('exits 1, saying which file and what to do, when the certificates cannot be read', async () => {
    const bad = join(folder, 'bad-certs');
    cpSync(join(folder, 'certs'), bad, { recursive: true });
    writeFileSync(join(bad, 'localhost.key'), 'not a key');
    const result = await run(['--port', String(await freePort()), '--cert-dir', bad]);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/development certificates in .*bad-certs are unreadable/);
    expect(result.output).toContain('Delete the folder');

    rmSync(join(bad, 'localhost.crt'));
    const missing = await run(['--port', String(await freePort()), '--cert-dir', bad]);
    expect(missing.code).toBe(1);
    expect(missing.output).toMatch(
      /Cannot read the development certificate's certificate \(.*localhost\.crt\)/,
    );
  });
});
