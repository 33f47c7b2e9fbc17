/**
 * The security baseline that needs no browser: the Content-Security-Policy as configured, no eval
 * source maps in production, a minimal manifest, the audit script's verdicts, the licence
 * list, and no personal data (comment text, authors' emails) in logs or in the state part beyond
 * what the document holds. The policy in Chromium is checked on the production build
 * (test/unit/build/production-build.test.ts via csp-pages.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConsultationOf, recordDispositions } from '../../src/app/consultation/consultation-use-cases';
import { checkReport } from '../../src/app/check-report';
import { loadTemplate } from '../../src/cli/shared/templates';
import { runCli, type CliIo } from '../../src/cli/main';
import { REPORT_NAMESPACE } from '../../src/ooxml/custom-xml-part';
import { DocxReportHost } from '../../src/docx/docx-host';
import { readDocx } from '../../src/docx/read/read-docx';
import { csp } from './csp-pages';

const ROOT = join(__dirname, '..', '..');

function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe('Content-Security-Policy (scripts/csp.js)', () => {
  const production = directivesOf(csp.contentSecurityPolicy());
  const charts = directivesOf(csp.contentSecurityPolicy({ charts: true }));

  it('allows no inline script and no eval on pages without charts, and connects only home and to police.uk', () => {
    expect(production.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(production.get('connect-src')).toEqual(["'self'", 'https://data.police.uk']);
    expect(production.get('default-src')).toEqual(["'self'"]);
    expect(production.get('object-src')).toEqual(["'none'"]);
    expect(production.get('base-uri')).toEqual(["'self'"]);
    for (const [, values] of production) expect(values).not.toContain("'unsafe-eval'");
  });

  it('allows no eval on chart pages either: charts run on vega-interpreter', () => {
    expect(csp.vegaInterpreterInstalled()).toBe(true);
    expect(charts.get('script-src')).toEqual(production.get('script-src'));
    expect(charts.get('connect-src')).toEqual(production.get('connect-src'));
    expect(csp.CHART_PAGES).toEqual(['taskpane', 'workspace']);
  });

  it('is in the static support page and in the dev server headers; production builds use no eval source map', async () => {
    const support = readFileSync(join(ROOT, 'src/taskpane/support.html'), 'utf8');
    expect(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(support)?.[1]).toBe(
      csp.contentSecurityPolicy(),
    );

    const configure = require('../../webpack.config.js') as {
      (
        env: object,
        argv: object,
      ): Promise<{
        devtool: string | false;
        plugins: { userOptions?: { filename?: string; meta?: Record<string, { content: string }> } }[];
      }>;
      devServerOptions(https: object): { headers: Record<string, string> };
    };
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const config = await configure({}, { mode: 'production' });
    log.mockRestore();
    expect(String(config.devtool)).not.toMatch(/eval/);
    const pages = config.plugins.filter((p) => p.userOptions?.filename?.endsWith('.html'));
    // taskpane (also the ribbon's function file: shared runtime), check-result, workspace.
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      const name = page.userOptions!.filename!.replace(/\.html$/, '');
      expect(page.userOptions!.meta?.['Content-Security-Policy']?.content).toBe(
        csp.contentSecurityPolicy({ charts: csp.CHART_PAGES.includes(name) }),
      );
    }
    const dev = configure.devServerOptions({}).headers['Content-Security-Policy']!;
    expect(dev).toBe(csp.contentSecurityPolicy({ development: true }));
    // The dev server allows no eval either (its source maps are files, not eval'd strings).
    expect(dev).not.toContain("'unsafe-eval'");
    expect(directivesOf(dev).get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    const development = await configure({}, { mode: 'development' });
    expect(String(development.devtool)).not.toMatch(/eval/);
    expect(directivesOf(dev).get('connect-src')).toEqual([
      "'self'",
      'https://data.police.uk',
      'wss://localhost:*',
      'ws://localhost:*',
      // office-addin-test-server, for npm run test:word (development builds only).
      'https://localhost:4201',
    ]);
    const production = csp.contentSecurityPolicy({ development: false });
    expect(directivesOf(production).get('connect-src')).toEqual(["'self'", 'https://data.police.uk']);
  });
});

describe('manifest', () => {
  const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

  it('asks for no AppDomains and only ReadWriteDocument, and loads nothing from another origin', () => {
    expect(manifest).not.toMatch(/<AppDomains?\b/);
    expect([...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1])).toEqual([
      'ReadWriteDocument',
    ]);
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith('https://localhost:3000/')).toBe(true);
  });
});

describe('npm run audit (scripts/audit.js)', () => {
  let summarise: (json: string) => { ok: boolean; unavailable: string | null; failing: string[] };
  beforeAll(() => {
    ({ summarise } = require(join(ROOT, 'scripts/audit.js')) as { summarise: typeof summarise });
  });

  const report = (vulnerabilities: Record<string, { name: string; severity: string; range?: string }>) =>
    JSON.stringify({
      vulnerabilities,
      metadata: { vulnerabilities: { total: Object.keys(vulnerabilities).length } },
    });

  it('fails on a high or critical advisory and names the package', () => {
    expect(summarise(report({ a: { name: 'a', severity: 'high', range: '<2' } }))).toMatchObject({
      ok: false,
      failing: ['a (high, <2)'],
    });
    expect(summarise(report({ b: { name: 'b', severity: 'critical' } })).ok).toBe(false);
  });

  it('passes with only low or moderate advisories, or none', () => {
    expect(
      summarise(report({ c: { name: 'c', severity: 'moderate' }, d: { name: 'd', severity: 'low' } })).ok,
    ).toBe(true);
    expect(summarise(report({})).ok).toBe(true);
  });

  it('never passes when the audit could not run', () => {
    const result = summarise(JSON.stringify({ error: { summary: '405 Method Not Allowed' } }));
    expect(result.ok).toBe(false);
    expect(result.unavailable).toMatch(/405/);
    expect(summarise('not json').ok).toBe(false);
  });
});

describe('the licence list in docs/security.md', () => {
  it('is the one scripts/licences.js generates from package.json and node_modules', () => {
    const { licenceList } = require(join(ROOT, 'scripts/licences.js')) as { licenceList(): string };
    const list = licenceList();
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const name of Object.keys(pkg.dependencies)) expect(list).toContain(`| ${name} |`);
    expect(readFileSync(join(ROOT, 'docs', 'security.md'), 'utf8')).toContain(list);
  });
});

describe('personal data stays in the document', () => {
  const FIXTURE = join(ROOT, 'test/fixtures/consultation/multi-partner.docx');
  const bytes = new Uint8Array(readFileSync(FIXTURE));
  const snapshot = readDocx(bytes, 'multi-partner.docx');
  const texts = snapshot.comments.map((c) => c.text).filter((t) => t.length > 12);
  const emails = [...new Set(snapshot.comments.map((c) => c.email).filter((e): e is string => !!e))];
  const authors = [...new Set(snapshot.comments.map((c) => c.author).filter((a) => a.length > 3))];
  const personal = [...texts, ...emails];

  /** Everything written to the console or the process streams while `run` runs. */
  async function logged(run: () => Promise<unknown>): Promise<string> {
    const out: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((level) =>
      jest
        .spyOn(console, level)
        .mockImplementation((...args: unknown[]) => void out.push(args.map(String).join(' '))),
    );
    const streams = [process.stdout, process.stderr].map((stream) =>
      jest.spyOn(stream, 'write').mockImplementation((chunk: unknown) => (out.push(String(chunk)), true)),
    );
    try {
      await run();
    } finally {
      [...spies, ...streams].forEach((s) => s.mockRestore());
    }
    return out.join('\n');
  }

  it('the fixture really holds comment text and authors’ emails (so the checks below mean something)', () => {
    expect(texts.length).toBeGreaterThan(5);
    expect(emails.length).toBeGreaterThan(0);
  });

  it('checking, reading the consultation and recording dispositions log nothing personal', async () => {
    const host = new DocxReportHost(bytes, 'multi-partner.docx');
    const template = loadTemplate(null);
    const output = await logged(async () => {
      await checkReport(host, template);
      const reading = await readConsultationOf(host, template);
      const comment = reading.consultation.comments[0]!;
      await recordDispositions(
        host,
        reading,
        [{ comment, status: 'accepted', response: 'Reworded as suggested.', reply: true, resolve: true }],
        { name: 'Community Safety Officer', initials: 'CSO' },
        new Date('2018-12-20T10:00:00Z'),
      );
    });
    for (const value of personal) expect(output).not.toContain(value);

    // The state part keeps decisions keyed by id and hash, not the comments' text or emails.
    const state = readDocx(host.bytes, 'out.docx').customXmlParts.find(
      (p) => p.namespaceUri === REPORT_NAMESPACE,
    );
    expect(state).toBeTruthy();
    expect(state!.xml).toContain('Reworded as suggested.');
    for (const value of [...texts, ...emails]) expect(state!.xml).not.toContain(value);
  });

  it('the command line writes comment text and emails only to the output asked for, never to stderr', async () => {
    for (const argv of [
      ['check', FIXTURE],
      ['check', FIXTURE, '--json'],
      ['comments', FIXTURE, '--json'],
      ['comments', FIXTURE, '--csv'],
    ]) {
      const err: string[] = [];
      const io: CliIo = {
        stdout: { write: () => true },
        stderr: { write: (t: string) => err.push(t) },
        env: {},
        now: () => new Date('2018-12-20T10:00:00Z'),
      };
      const output = await logged(() => runCli(argv, io));
      for (const value of personal) {
        expect(err.join('')).not.toContain(value);
        expect(output).not.toContain(value);
      }
    }
    expect(authors.length).toBeGreaterThan(0);
  });
});
