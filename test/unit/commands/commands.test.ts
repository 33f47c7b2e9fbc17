/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "https://localhost:3000/taskpane.html?_host_Info=Word"}
 */
// The Office.js edge of "Check report": commands.ts + office-ports.ts against a stand-in Office,
// with the use case, template and Word host mocked (they have their own tests). With the shared
// runtime the command runs in the task pane page (taskpane.html) and hands its check to the pane.
import type { CheckResult } from '../../../src/core/template/finding';
import type { RibbonCheck } from '../../../src/commands/ribbon-check';

const mockCheckReport = jest.fn<Promise<CheckResult>, unknown[]>();
const SNAPSHOT = { paragraphs: [] };
jest.mock('../../../src/app/check-report', () => ({
  checkReportKeepingSnapshot: async (...args: unknown[]) => ({
    snapshot: SNAPSHOT,
    result: await mockCheckReport(...args),
  }),
}));
jest.mock('../../../src/core/template/templates', () => ({
  DEFAULT_TEMPLATE_ID: 'default-template',
  getTemplate: (id: string) => ({ id }),
}));
jest.mock('../../../src/word/word-host', () => ({ WordReportHost: class WordReportHost {} }));

type Handler = (arg: { message?: string; origin?: string; error?: number }) => void;

interface FakeDialog {
  handlers: Map<string, Handler>;
  close: jest.Mock;
  messageChild: jest.Mock;
}

function installOffice({ failDialog = false, sharedRuntime = true, dialogApi12 = true } = {}) {
  const associated = new Map<string, (event: { completed: () => void }) => Promise<void>>();
  const dialogs: Array<{ url: string; options: unknown; dialog: FakeDialog }> = [];
  const office = {
    onReady: jest.fn(),
    actions: { associate: jest.fn((name: string, f: never) => associated.set(name, f)) },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    addin: { showAsTaskpane: jest.fn(() => Promise.resolve()) },
    context: {
      requirements: {
        isSetSupported: jest.fn((set: string) =>
          set === 'SharedRuntime' ? sharedRuntime : set === 'DialogApi' ? dialogApi12 : false,
        ),
      },
      ui: {
        displayDialogAsync: jest.fn((url: string, options: unknown, callback: (r: unknown) => void) => {
          if (failDialog) {
            callback({
              status: 'failed',
              error: { code: 12007, message: 'A dialog box is already opened from this add-in.' },
            });
            return;
          }
          const dialog: FakeDialog = {
            handlers: new Map(),
            close: jest.fn(),
            messageChild: jest.fn(),
          };
          const api = {
            addEventHandler: (type: string, h: Handler) => dialog.handlers.set(type, h),
            close: dialog.close,
            messageChild: dialog.messageChild,
          };
          dialogs.push({ url, options, dialog });
          callback({ status: 'succeeded', value: api });
        }),
      },
    },
  };
  (globalThis as unknown as { Office: unknown }).Office = office;
  return { office, associated, dialogs };
}

const RESULT: CheckResult = {
  template: 'default-template',
  complete: true,
  sections: [{ id: 'a', title: 'A', status: 'complete', heading: 'A', paragraph: 0 }],
  findings: [],
  comments: { total: 0, unresolved: 0 },
};

const settle = () => new Promise((r) => setTimeout(r, 0));

async function loadCommands(options?: Parameters<typeof installOffice>[0]) {
  const env = installOffice(options);
  const ribbonChecks: RibbonCheck[] = [];
  jest.isolateModules(() => {
    require('../../../src/commands/commands');
    // The same module instance the command publishes to (as the pane sees it in one runtime).
    const { onRibbonCheck } = require('../../../src/commands/ribbon-check');
    onRibbonCheck((c: RibbonCheck) => ribbonChecks.push(c));
  });
  const handler = env.associated.get('checkReport');
  expect(handler).toBeDefined();
  const event = { completed: jest.fn() };
  return { ...env, ribbonChecks, run: () => handler!(event), event };
}

beforeEach(() => mockCheckReport.mockReset());

describe('the checkReport ribbon command', () => {
  it('registers "checkReport" (the manifest FunctionName) and checks with the default template', async () => {
    mockCheckReport.mockResolvedValue(RESULT);
    const { office, run, dialogs, event, ribbonChecks } = await loadCommands();
    expect(office.actions.associate).toHaveBeenCalledWith('checkReport', expect.any(Function));
    const before = Date.now();
    const done = run();
    await settle();
    await settle();
    // The pane, in the same runtime, gets the very check the dialog summarises.
    expect(ribbonChecks).toEqual([
      {
        checked: { snapshot: SNAPSHOT, result: RESULT },
        templateId: 'default-template',
        at: expect.any(Number),
      },
    ]);
    // With the time now, so live regions refreshed too long ago are reported stale.
    expect(mockCheckReport).toHaveBeenCalledWith(
      expect.any(Object),
      { id: 'default-template' },
      { live: { now: expect.any(Date) } },
    );
    const { live } = mockCheckReport.mock.calls[0]![2] as { live: { now: Date } };
    expect(live.now.getTime()).toBeGreaterThanOrEqual(before);
    expect(live.now.getTime()).toBeLessThanOrEqual(Date.now());

    expect(dialogs).toHaveLength(1);
    const { url, options, dialog } = dialogs[0]!;
    expect(options).toEqual({ width: 30, height: 40, displayInIframe: true });
    const page = new URL(url);
    expect(page.origin + page.pathname).toBe('https://localhost:3000/check-result.html');
    expect(page.searchParams.get('text')).toBe(
      'Report check: no errors or warnings — 1 of 1 sections complete',
    );
    expect(event.completed).not.toHaveBeenCalled(); // the dialog is still open

    // "Open Report tools" in the dialog
    dialog.handlers.get('dialogMessageReceived')!({
      message: 'open-taskpane',
      origin: 'https://localhost:3000',
    });
    await done;
    expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(dialog.close).toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('ignores messages from another origin', async () => {
    mockCheckReport.mockResolvedValue(RESULT);
    const { office, run, dialogs, event } = await loadCommands();
    const done = run();
    await settle();
    const { dialog } = dialogs[0]!;
    dialog.handlers.get('dialogMessageReceived')!({
      message: 'open-taskpane',
      origin: 'https://evil.example',
    });
    await settle();
    expect(office.addin.showAsTaskpane).not.toHaveBeenCalled();
    dialog.handlers.get('dialogEventReceived')!({ error: 12006 }); // closed by the officer
    await done;
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('tells the dialog to show the Home-tab instruction when the pane cannot open', async () => {
    mockCheckReport.mockResolvedValue(RESULT);
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    const { office, run, dialogs, event } = await loadCommands();
    office.addin.showAsTaskpane.mockRejectedValueOnce(new Error('The add-in has no shared runtime'));
    const done = run();
    await settle();
    const { dialog } = dialogs[0]!;
    dialog.handlers.get('dialogMessageReceived')!({ message: 'open-taskpane' });
    await settle();
    expect(dialog.messageChild).toHaveBeenCalledWith('pane-unavailable');
    expect(event.completed).not.toHaveBeenCalled();
    dialog.handlers.get('dialogEventReceived')!({ error: 12006 });
    await done;
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith(
      'Council Report: Could not open the task pane from the command',
      expect.any(Error),
    );
    spy.mockRestore();
  });

  it('shows an officer-friendly error and still completes when the check fails', async () => {
    mockCheckReport.mockRejectedValue(new Error('InvalidArgument: RichApi.Error'));
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    const { run, dialogs, event } = await loadCommands();
    const done = run();
    await settle();
    const page = new URL(dialogs[0]!.url);
    expect(page.searchParams.get('kind')).toBe('error');
    expect(page.searchParams.get('text')).toMatch(
      /^Council Report could not check this report\. Save your work/,
    );
    expect(page.searchParams.get('pane')).toBe('0');
    dialogs[0]!.dialog.handlers.get('dialogMessageReceived')!({ message: 'close' });
    await done;
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  it('completes the event even when no dialog can open', async () => {
    mockCheckReport.mockResolvedValue(RESULT);
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    const { run, event } = await loadCommands({ failDialog: true });
    await run();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith('Council Report: Could not open the result dialog', expect.any(Error));
    spy.mockRestore();
  });

  it('does not offer the pane without SharedRuntime 1.1', async () => {
    mockCheckReport.mockResolvedValue(RESULT);
    const { run, dialogs } = await loadCommands({ sharedRuntime: false });
    const done = run();
    await settle();
    expect(new URL(dialogs[0]!.url).searchParams.get('pane')).toBe('0');
    dialogs[0]!.dialog.handlers.get('dialogEventReceived')!({ error: 12006 });
    await done;
  });
});
