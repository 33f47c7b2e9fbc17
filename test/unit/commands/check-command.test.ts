import {
  COMMAND_TIME_LIMIT_MS,
  GENERIC_CHECK_ERROR,
  SLOW_CHECK_MESSAGE,
  runCheckCommand,
  type CheckCommandPorts,
  type DialogSession,
} from '../../../src/commands/check-command';
import { MessageQueue } from '../../../src/commands/message-queue';
import { parseResultDialogQuery } from '../../../src/commands/result-dialog';
import { ReportError } from '../../../src/core/errors';
import type { CheckResult } from '../../../src/core/template/finding';

const RESULT: CheckResult = {
  template: 'maidstone-2019',
  complete: false,
  sections: [
    { id: 'a', title: 'Introduction', status: 'complete', heading: 'Introduction', paragraph: 0 },
    { id: 'b', title: 'Risk', status: 'missing', heading: null, paragraph: null },
  ],
  findings: [
    {
      rule: 'placeholder-text',
      severity: 'error',
      section: 'a',
      message: 'Placeholder text left in: "SECRET PARTNER NAME"',
      paragraph: 3,
      excerpt: 'SECRET PARTNER NAME',
      number: null,
      row: null,
    },
  ],
  comments: { total: 2, unresolved: 1 },
};

/** A fake dialog driven by the test: `user.send()` is the page's messageParent, `user.close()` the X. */
class FakeDialog implements DialogSession {
  readonly queue = new MessageQueue();
  readonly told: string[] = [];
  closed = false;
  constructor(private readonly canTell: boolean) {}
  next() {
    return this.queue.next();
  }
  tell(notice: string) {
    if (!this.canTell) return false;
    this.told.push(notice);
    return true;
  }
  close() {
    this.closed = true;
    this.queue.end();
  }
}

function setup(
  options: {
    check?: () => Promise<CheckResult>;
    canShowTaskpane?: boolean;
    showTaskpane?: () => Promise<void>;
    canTell?: boolean;
    openDialog?: (url: string) => Promise<DialogSession>;
  } = {},
) {
  const dialog = new FakeDialog(options.canTell ?? true);
  const urls: string[] = [];
  const ports: CheckCommandPorts & { log: jest.Mock; showTaskpane: jest.Mock } = {
    check: options.check ?? (() => Promise.resolve(RESULT)),
    commandPageUrl: 'https://localhost:3000/taskpane.html',
    canShowTaskpane: () => options.canShowTaskpane ?? true,
    showTaskpane: jest.fn(options.showTaskpane ?? (() => Promise.resolve())),
    openDialog:
      options.openDialog ??
      ((url) => {
        urls.push(url);
        return Promise.resolve(dialog);
      }),
    log: jest.fn(),
  };
  const shown = () => parseResultDialogQuery(new URL(urls[0]!).search);
  return { ports, dialog, urls, shown };
}

/** Lets the command reach its next await. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('runCheckCommand', () => {
  it('shows the counts-only summary, then opens the pane when asked', async () => {
    const { ports, dialog, urls, shown } = setup();
    const done = runCheckCommand(ports);
    await settle();
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/^https:\/\/localhost:3000\/check-result\.html\?/);
    expect(urls[0]).not.toMatch(/SECRET/);
    expect(shown()).toEqual({
      kind: 'result',
      text: 'Report check: 1 error, 0 warnings — 1 of 2 sections complete',
      canOpenPane: true,
    });

    dialog.queue.push('open-taskpane');
    await done;
    expect(ports.showTaskpane).toHaveBeenCalledTimes(1);
    expect(dialog.closed).toBe(true);
  });

  it('does not offer the pane when the host cannot open it from a command', async () => {
    const { ports, dialog, shown } = setup({ canShowTaskpane: false });
    const done = runCheckCommand(ports);
    await settle();
    expect(shown().canOpenPane).toBe(false);
    dialog.queue.push('open-taskpane'); // a stale page: still must not call showAsTaskpane
    await settle();
    expect(ports.showTaskpane).not.toHaveBeenCalled();
    expect(dialog.told).toEqual(['pane-unavailable']);
    dialog.queue.push('close');
    await done;
    expect(dialog.closed).toBe(true);
  });

  it('tells the dialog when opening the pane fails, and stays until the officer closes it', async () => {
    const { ports, dialog } = setup({ showTaskpane: () => Promise.reject(new Error('no shared runtime')) });
    const done = runCheckCommand(ports);
    await settle();
    dialog.queue.push('open-taskpane');
    await settle();
    expect(dialog.told).toEqual(['pane-unavailable']);
    expect(dialog.closed).toBe(false);
    expect(ports.log).toHaveBeenCalledWith(
      'Could not open the task pane from the command',
      expect.any(Error),
    );
    dialog.queue.end(); // the officer closes the dialog (12006)
    await expect(done).resolves.toBeUndefined();
  });

  it('closes the dialog when it cannot tell it (no DialogApi 1.2)', async () => {
    const { ports, dialog } = setup({
      showTaskpane: () => Promise.reject(new Error('nope')),
      canTell: false,
    });
    const done = runCheckCommand(ports);
    await settle();
    dialog.queue.push('open-taskpane');
    await done;
    expect(dialog.closed).toBe(true);
  });

  it('ignores messages it does not know', async () => {
    const { ports, dialog } = setup();
    const done = runCheckCommand(ports);
    await settle();
    dialog.queue.push('<script>');
    await settle();
    expect(dialog.closed).toBe(false);
    dialog.queue.push('close');
    await done;
    expect(ports.showTaskpane).not.toHaveBeenCalled();
  });

  it('explains a ReportError in its own words', async () => {
    const message =
      'This document has no headings Council Report recognises. Use the committee-report template.';
    const { ports, dialog, shown } = setup({
      check: () => Promise.reject(new ReportError('no-sections', message)),
    });
    const done = runCheckCommand(ports);
    await settle();
    expect(shown()).toEqual({ kind: 'error', text: message, canOpenPane: false });
    dialog.queue.end();
    await done;
  });

  it('gives any other failure a plain message and keeps the detail for the console', async () => {
    const failure = new Error('GeneralException: RichApi.Error at Word.run');
    const { ports, dialog, shown } = setup({ check: () => Promise.reject(failure) });
    const done = runCheckCommand(ports);
    await settle();
    expect(shown().text).toBe(GENERIC_CHECK_ERROR);
    expect(shown().text).not.toMatch(/RichApi|GeneralException/);
    expect(ports.log).toHaveBeenCalledWith('Check report failed', failure);
    dialog.queue.end();
    await done;
  });

  it('resolves (never rejects) when the dialog cannot open', async () => {
    const { ports } = setup({
      openDialog: () => Promise.reject(new Error('12007: a dialog is already open')),
    });
    await expect(runCheckCommand(ports)).resolves.toBeUndefined();
    expect(ports.log).toHaveBeenCalledWith('Could not open the result dialog', expect.any(Error));
  });

  it('closes a dialog nobody answers, so the command can complete', async () => {
    const { ports, dialog } = setup();
    await runCheckCommand(ports, { timeLimitMs: 40, dialogMinMs: 20 });
    expect(dialog.closed).toBe(true);
  });

  it("ends within Word's 5 minutes for a function command, counting the check, not per message", async () => {
    expect(COMMAND_TIME_LIMIT_MS).toBeLessThan(5 * 60 * 1000);
    let clock = 0;
    const { ports, dialog } = setup();
    const done = runCheckCommand(ports, { timeLimitMs: 60_000, dialogMinMs: 1000, now: () => clock });
    await settle();
    expect(dialog.closed).toBe(false);
    clock = 60_000; // the time is up; a message must not restart the clock
    dialog.queue.push('<unknown>');
    await done;
    expect(dialog.closed).toBe(true);
  });

  it('says so and ends when the check itself is too slow, without offering the pane button', async () => {
    const { ports, dialog, shown } = setup({ check: () => new Promise<CheckResult>(() => {}) });
    const done = runCheckCommand(ports, { timeLimitMs: 60, dialogMinMs: 30 });
    await new Promise((r) => setTimeout(r, 45));
    expect(shown()).toEqual({ kind: 'error', text: SLOW_CHECK_MESSAGE, canOpenPane: false });
    await done;
    expect(dialog.closed).toBe(true);
  });
});
