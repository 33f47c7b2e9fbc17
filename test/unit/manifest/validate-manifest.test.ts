import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import {
  checkFunctionNames,
  main,
  parseXml,
  pngSize,
  registeredFunctionNames,
  validateManifestFile,
  validateManifestText,
  validateSchema,
  type Problem,
} from '../../../scripts/manifest-checks';

const ROOT = resolve(__dirname, '../../..');
const MANIFEST = join(ROOT, 'manifest.xml');
const source = readFileSync(MANIFEST, 'utf8');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cr-manifest-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The real manifest with one edit (which must apply), validated against the real assets and commands. */
async function validateEdited(from: string | RegExp, to: string, options = {}): Promise<Problem[]> {
  const edited = source.replace(from, to);
  expect(edited).not.toBe(source);
  return validateManifestText(edited, { assetsDir: join(ROOT, 'assets'), ...options });
}

const errors = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');
const lineOf = (needle: string, text = source) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the project manifest', () => {
  it('is valid: XSD and every check beyond it, without warnings', async () => {
    expect(await validateManifestFile(MANIFEST)).toEqual([]);
  });

  it('is a Word task pane for council officers with the two Home-tab buttons', () => {
    const doc = parseXml(source);
    const all: ReturnType<typeof parseXml>[] = [];
    const walk = (e: ReturnType<typeof parseXml>) => e.children.forEach((c) => (all.push(c), walk(c)));
    walk(doc);
    const first = (local: string) => all.find((e) => e.local === local)!;
    expect(first('OfficeApp').attrs['xsi:type']).toBe('TaskPaneApp');
    expect(first('DefaultLocale').text).toBe('en-GB');
    expect(first('DisplayName').attrs.DefaultValue).toBe('Council Report');
    expect(first('Description').attrs.DefaultValue).toMatch(/council officers/);
    expect(first('Host').attrs.Name).toBe('Document');
    expect(first('Set').attrs).toMatchObject({ Name: 'WordApi', MinVersion: '1.4' });
    expect(first('Permissions').text).toBe('ReadWriteDocument');
    expect(first('OfficeTab').attrs.id).toBe('TabHome');
    expect(all.some((e) => e.local === 'AppDomain')).toBe(false);

    const strings = new Map(
      all.filter((e) => e.local === 'String').map((e) => [e.attrs.id, e.attrs.DefaultValue]),
    );
    const controls = all.filter((e) => e.local === 'Control');
    const label = (c: ReturnType<typeof parseXml>) =>
      strings.get(c.children.find((x) => x.local === 'Label')!.attrs.resid);
    expect(controls.map(label)).toEqual(['Report tools', 'Check report']);
    const action = (c: ReturnType<typeof parseXml>) => c.children.find((x) => x.local === 'Action')!;
    expect(action(controls[0]!).attrs['xsi:type']).toBe('ShowTaskpane');
    expect(action(controls[1]!).attrs['xsi:type']).toBe('ExecuteFunction');
    expect(action(controls[1]!).children.find((x) => x.local === 'FunctionName')!.text).toBe('checkReport');
    expect(strings.get('Group.Label')).toBe('Council Report');

    const urls = [...source.matchAll(/https?:\/\/[^"<\s]+/g)]
      .map((m) => m[0])
      .filter((u) => !u.includes('schemas.microsoft.com') && !u.includes('www.w3.org'));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000\//);
    expect(urls).toContain('https://localhost:3000/taskpane.html');
    expect(urls).not.toContain('https://localhost:3000/commands.html');
  });

  it('uses the shared runtime: the task pane page is the long-lived runtime and the function file', () => {
    const doc = parseXml(source);
    const all: ReturnType<typeof parseXml>[] = [];
    const walk = (e: ReturnType<typeof parseXml>) => e.children.forEach((c) => (all.push(c), walk(c)));
    walk(doc);
    const runtime = all.find((e) => e.local === 'Runtime')!;
    expect(runtime.attrs).toEqual({ resid: 'Taskpane.Url', lifetime: 'long' });
    expect(all.find((e) => e.local === 'FunctionFile')!.attrs.resid).toBe('Taskpane.Url');
    const sets = all.filter((e) => e.local === 'Set').map((e) => e.attrs);
    expect(sets).toContainEqual({ Name: 'SharedRuntime', MinVersion: '1.1' });
  });
});

describe('the shared runtime (<Runtimes>, newer than the 2019 schema set)', () => {
  it('keeps every other element under XSD validation, at its own line', async () => {
    // An error after <Runtimes> is still reported, at the right line.
    const problems = await validateEdited(
      '<Permissions>ReadWriteDocument</Permissions>',
      '<Permissions>ReadWriteDocument</Permissions>\n  <ProviderName>Again</ProviderName>',
    );
    expect(errors(problems)).toContainEqual(expect.objectContaining({ line: lineOf('<Permissions>') + 1 }));
    // ... and one inside the same Host, after the Runtimes block.
    const inHost = await validateEdited('<DesktopFormFactor>', '<Nonsense/>\n        <DesktopFormFactor>');
    expect(errors(inHost)).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/Nonsense/) }),
    );
  });

  it('needs lifetime="long"', async () => {
    const problems = await validateEdited('lifetime="long"', 'lifetime="short"');
    expect(errors(problems)).toEqual([
      expect.objectContaining({
        line: lineOf('<Runtime resid'),
        message: expect.stringMatching(/lifetime="long"/),
      }),
    ]);
  });

  it('needs the same resid on the function file and the task pane button', async () => {
    const problems = await validateEdited(
      '<FunctionFile resid="Taskpane.Url"/>',
      '<FunctionFile resid="Support.Url"/>',
    );
    expect(errors(problems)).toEqual([
      expect.objectContaining({
        line: lineOf('<FunctionFile'),
        message: expect.stringMatching(/must be the shared runtime's page, resid="Taskpane.Url"/),
      }),
    ]);
  });

  it('needs the SharedRuntime 1.1 requirement', async () => {
    const problems = await validateEdited(
      '<bt:Set Name="SharedRuntime" MinVersion="1.1"/>',
      '<bt:Set Name="DialogApi" MinVersion="1.1"/>',
    );
    expect(errors(problems)).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/SharedRuntime 1.1 requirement/) }),
    ]);
  });

  it('must come first in the Host and hold one Runtime naming a URL resource', async () => {
    const moved = await validateEdited(
      /(<Runtimes>[\s\S]*?<\/Runtimes>)\s*(<DesktopFormFactor>[\s\S]*?<\/DesktopFormFactor>)/,
      '$2\n$1',
    );
    expect(errors(moved).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/first element in its <Host>/),
    );
    const two = await validateEdited(
      '<Runtime resid="Taskpane.Url" lifetime="long"/>',
      '<Runtime resid="Taskpane.Url" lifetime="long"/><Runtime resid="Taskpane.Url" lifetime="long"/>',
    );
    expect(errors(two).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/exactly one <Runtime> \(it has 2\)/),
    );
    const missing = await validateEdited('<Runtime resid="Taskpane.Url"', '<Runtime resid="Nowhere.Url"');
    expect(errors(missing).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/no resource with id "Nowhere.Url"/),
    );
  });
});

describe('XSD validation', () => {
  it("accepts Microsoft's example Word manifest with the project's copy of the schemas", async () => {
    const example = readFileSync(
      join(ROOT, 'schemas/office-addin-manifest/example-word-taskpane-manifest.xml'),
      'utf8',
    );
    expect(await validateSchema(example)).toEqual([]);
  });

  it('reports an element in the wrong place with its line number', async () => {
    const problems = await validateEdited(
      '<Permissions>ReadWriteDocument</Permissions>',
      '<Permissions>ReadWriteDocument</Permissions>\n  <ProviderName>Again</ProviderName>',
    );
    const line = lineOf('<Permissions>') + 1;
    expect(errors(problems)).toContainEqual(
      expect.objectContaining({
        line,
        message: expect.stringMatching(/Element 'ProviderName': This element is not expected/),
      }),
    );
  });

  it('reports a bad value format (Version) in prefix form, not with namespace URIs', async () => {
    const problems = await validateEdited('<Version>0.1.0.0</Version>', '<Version>one</Version>');
    const e = errors(problems);
    expect(e[0]).toMatchObject({ line: lineOf('<Version>') });
    expect(e[0]!.message).toMatch(/'Version'/);
    expect(e[0]!.message).not.toMatch(/\{http/);
  });

  it('reports XML that is not well-formed, and nothing else', async () => {
    const problems = await validateEdited(
      '<ProviderName>Council Report</ProviderName>',
      '<ProviderName>Council Report</Provider>',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      line: lineOf('<ProviderName>'),
      message: expect.stringMatching(/mismatch/i),
    });
  });
});

describe('checks beyond the XSD', () => {
  it('finds a resid with no resource', async () => {
    const problems = await validateEdited(
      '<Label resid="CheckReport.Label"/>',
      '<Label resid="CheckReport.Lable"/>',
    );
    expect(errors(problems)).toEqual([
      {
        severity: 'error',
        line: lineOf('<Label resid="CheckReport.Label"/>'),
        message:
          '<Label resid="CheckReport.Lable">: no resource with id "CheckReport.Lable" is defined in <bt:ShortStrings>',
      },
    ]);
  });

  it('finds a resid that points at the wrong kind of resource', async () => {
    const problems = await validateEdited(
      '<SourceLocation resid="Taskpane.Url"/>',
      '<SourceLocation resid="ReportTools.Label"/>',
    );
    expect(errors(problems)[0]!.message).toMatch(
      /"ReportTools.Label" is in <bt:ShortStrings> .* needs one from <bt:Urls>/,
    );
    // The shared runtime's page must also be the pane's page.
    expect(errors(problems).map((p) => p.message)).toContainEqual(
      expect.stringMatching(
        /ShowTaskpane <SourceLocation resid="ReportTools.Label"> must be the shared runtime's page/,
      ),
    );
  });

  it('finds a resource id defined twice', async () => {
    const problems = await validateEdited(
      '<bt:String id="Group.Label" DefaultValue="Council Report"/>',
      '<bt:String id="Group.Label" DefaultValue="Council Report"/>\n        <bt:String id="Group.Label" DefaultValue="Again"/>',
    );
    expect(errors(problems).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/"Group.Label" is defined twice/),
    );
  });

  it('rejects a Host name that is not an Office host (the XSD accepts any string)', async () => {
    const problems = await validateEdited('<Host Name="Document"/>', '<Host Name="Word"/>');
    const messages = errors(problems).map((p) => p.message);
    expect(messages).toContainEqual(
      expect.stringMatching(/<Host Name="Word"> is not an Office host.*Word is "Document"/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/<Host xsi:type="Document"> is not declared in <Hosts>/),
    );
  });

  it('rejects http:// and URLs outside the add-in base URL', async () => {
    const http = await validateEdited(
      'https://localhost:3000/support.html"/>\n  <!--',
      'http://localhost:3000/support.html"/>\n  <!--',
    );
    expect(errors(http).map((p) => p.message)).toEqual([
      expect.stringMatching(/<SupportUrl>: "http:\/\/localhost:3000\/support.html" must use https/),
    ]);
    const elsewhere = await validateEdited(
      'DefaultValue="https://localhost:3000/support.html"/>\n  <!--',
      'DefaultValue="https://www.example.com/help"/>\n  <!--',
    );
    expect(errors(elsewhere)[0]!.message).toMatch(/is not under https:\/\/localhost:3000\//);
  });

  describe('icons', () => {
    let assets: string;
    beforeAll(() => {
      assets = join(tmp, 'assets');
      mkdirSync(assets, { recursive: true });
      for (const size of [16, 32, 64, 80])
        copyFileSync(join(ROOT, 'assets', `icon-${size}.png`), join(assets, `icon-${size}.png`));
      copyFileSync(join(ROOT, 'assets', 'icon-16.png'), join(assets, 'icon-32-wrong.png'));
      writeFileSync(join(assets, 'not-a-png.png'), 'GIF89a, honestly');
    });

    it('accepts the real assets', async () => {
      expect(await validateManifestText(source, { assetsDir: assets })).toEqual([]);
    });

    it('reports an icon file whose pixel size is not the size stated', async () => {
      const problems = await validateEdited(
        'assets/icon-32.png"/>\n        <bt:Image id="Icon.80x80"',
        'assets/icon-32-wrong.png"/>\n        <bt:Image id="Icon.80x80"',
        { assetsDir: assets },
      );
      expect(errors(problems).map((p) => p.message)).toContain(
        'icon https://localhost:3000/assets/icon-32-wrong.png should be 32×32 px but icon-32-wrong.png is 16×16 px',
      );
    });

    it('reports an icon with no file, and a file that is not a PNG', async () => {
      const missing = await validateEdited('assets/icon-64.png', 'assets/icon-64-missing.png', {
        assetsDir: assets,
      });
      expect(errors(missing)).toEqual([
        expect.objectContaining({
          line: lineOf('HighResolutionIconUrl'),
          message: expect.stringMatching(/icon-64-missing.png does not exist/),
        }),
      ]);
      const notPng = await validateEdited('assets/icon-64.png', 'assets/not-a-png.png', {
        assetsDir: assets,
      });
      expect(errors(notPng)[0]!.message).toMatch(/not-a-png.png is not a PNG file/);
    });

    it('reports one image resource used at two sizes', async () => {
      const problems = await validateEdited(
        /<bt:Image size="80" resid="Icon.80x80"\/>/g,
        '<bt:Image size="80" resid="Icon.32x32"/>',
        { assetsDir: assets },
      );
      expect(errors(problems).map((p) => p.message)).toContainEqual(
        expect.stringMatching(/icon-32.png is used at several sizes \(32, 80 px\)/),
      );
    });

    it('reads the size from the PNG header', () => {
      expect(pngSize(readFileSync(join(ROOT, 'assets', 'icon-80.png')))).toEqual({ width: 80, height: 80 });
      expect(pngSize(Buffer.from('not a png at all, not at all'))).toBeNull();
    });
  });

  describe('function commands', () => {
    it('finds the names registered with Office.actions.associate, ignoring comments', () => {
      const names = registeredFunctionNames(`
        Office.actions.associate('checkReport', run);
        // Office.actions.associate("oldCommand", run);
        /* Office.actions.associate("other", run); */
        const url = "https://example.com/x"; Office.actions.associate(\`insertTable\`, run);
      `);
      expect([...names].sort()).toEqual(['checkReport', 'insertTable']);
    });

    it('reports an ExecuteFunction that commands.ts does not register', async () => {
      const commandsFile = join(tmp, 'commands.ts');
      writeFileSync(
        commandsFile,
        "// Office.actions.associate('checkReport', f);\nOffice.actions.associate('somethingElse', f);\n",
      );
      const problems = await validateManifestText(source, { commandsFile, assetsDir: join(ROOT, 'assets') });
      expect(errors(problems)).toEqual([
        expect.objectContaining({
          line: lineOf('<FunctionName>'),
          message: expect.stringMatching(
            /ExecuteFunction "checkReport" is not registered in .*commands.ts: add Office.actions.associate\("checkReport", \.\.\.\) \(it registers: somethingElse\)/,
          ),
        }),
      ]);
    });

    it('accepts the project commands.ts', () => {
      const doc = parseXml(source);
      const commandsSource = readFileSync(join(ROOT, 'src/commands/commands.ts'), 'utf8');
      expect(checkFunctionNames(doc, { commandsSource })).toEqual([]);
    });
  });
});

describe('command line', () => {
  const capture = () => {
    const lines: string[] = [];
    return { lines, out: { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) } };
  };

  it('exits 0 for the project manifest, 2 for usage errors', async () => {
    const ok = capture();
    expect(await main([MANIFEST], ok.out)).toBe(0);
    expect(ok.lines.join('\n')).toMatch(/is valid/);
    const usage = capture();
    expect(await main([], usage.out)).toBe(2);
    expect(usage.lines.join('\n')).toMatch(/^usage:/);
    expect(await main([MANIFEST, MANIFEST], capture().out)).toBe(2);
    expect(await main(['--frobnicate', MANIFEST], capture().out)).toBe(2);
    expect(await main([join(tmp, 'nowhere.xml')], capture().out)).toBe(2);
  });

  it('exits 1 with file:line messages for a broken manifest (the real .mjs entry point)', async () => {
    const broken = join(tmp, 'broken.xml');
    writeFileSync(broken, source.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'));
    const run = promisify(execFile);
    const result = await run(process.execPath, [
      join(ROOT, 'scripts/validate-manifest.mjs'),
      broken,
      '--assets',
      join(ROOT, 'assets'),
    ]).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${broken}:${lineOf('<Label resid="Group.Label"/>')}: error: <Label resid="Group.Missing">: no resource`,
    );
    expect(result.stderr).toMatch(/is not valid: 1 error, 1 warning/);
  });
});
