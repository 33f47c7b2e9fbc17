/**
 * Fault injection around a use case that changes the report: run it once cleanly to learn the
 * document before and after and how many fault points it has, then once per fault point with a
 * failure injected there, and classify what the document became. The only acceptable outcomes
 * are "unchanged" (the document equals the one before) and "changed" (equals the clean result),
 * each with an error that says which.
 */
import { ReportError } from '../../src/core/errors';
import { DocxEditor } from '../../src/docx/write/docx-editor';
import { EditorParts } from '../../src/docx/write/editor-parts';

export type Classified = 'unchanged' | 'changed' | 'half-changed';

export interface FaultRun {
  point: string;
  outcome: Classified;
  error: unknown;
}

export interface FaultCounts {
  points: number;
  unchanged: number;
  changed: number;
}

/** How an error tells the officer what happened to the document. */
export function toldUnchanged(error: unknown): boolean {
  return (
    error instanceof ReportError &&
    /nothing (in the report )?(was|has been) changed|not changed/i.test(error.message)
  );
}

export function toldChanged(error: unknown): boolean {
  return (
    error instanceof ReportError &&
    /\b(was|were|has been|have been) (added|made|written|protected|removed|changed|updated|saved)\b/i.test(
      error.message,
    )
  );
}

/** 'partly' when the error says part of the change may be in the report. */
export function told(error: unknown): 'unchanged' | 'changed' | 'partly' | null {
  if (!(error instanceof ReportError)) return null;
  if (/part of the change may be in the report/i.test(error.message)) return 'partly';
  if (toldUnchanged(error)) return 'unchanged';
  if (toldChanged(error)) return 'changed';
  return null;
}

export function tally(runs: readonly FaultRun[]): FaultCounts {
  return {
    points: runs.length,
    unchanged: runs.filter((r) => r.outcome === 'unchanged').length,
    changed: runs.filter((r) => r.outcome === 'changed').length,
  };
}

export function describeRuns(useCase: string, host: string, runs: readonly FaultRun[]): string {
  const c = tally(runs);
  const partly = runs.filter((r) => r.outcome === 'half-changed').length;
  return `faults ${useCase} on ${host}: ${c.points} fault points; ${c.unchanged} left it unchanged, ${c.changed} fully changed, ${partly} half-changed (told: part may be in the report)`;
}

function equal(a: unknown, b: unknown): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.from(a).equals(b);
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}

/** What a document became after a fault: as before, as after the clean run, or something else. */
export function classify(after: unknown, before: unknown, changed: unknown): Classified {
  if (equal(after, before)) return 'unchanged';
  if (equal(after, changed)) return 'changed';
  return 'half-changed';
}

/** Where the fake Word fails: its Nth sync, or its Nth queued operation (null: no fault). */
export type WordFault = { kind: 'sync' | 'operation'; n: number } | null;

export interface WordScenario {
  before: unknown;
  after: unknown;
  error: unknown;
  /** Syncs and operations the use case made (on the clean run: how many fault points there are). */
  used: { syncs: number; operations: number };
}

/**
 * Runs `scenario` cleanly, then once with a fault at each sync and at each operation the clean run
 * made, and classifies each outcome against the clean result.
 */
export async function faultEveryWordPoint(
  scenario: (fault: WordFault) => Promise<WordScenario>,
): Promise<{ clean: WordScenario; runs: FaultRun[] }> {
  const clean = await scenario(null);
  expect(clean.error).toBeNull();
  expect(clean.after).not.toEqual(clean.before);
  const runs: FaultRun[] = [];
  const points: NonNullable<WordFault>[] = [
    ...Array.from({ length: clean.used.syncs }, (_, i) => ({ kind: 'sync' as const, n: i + 1 })),
    ...Array.from({ length: clean.used.operations }, (_, i) => ({ kind: 'operation' as const, n: i + 1 })),
  ];
  for (const point of points) {
    const r = await scenario(point);
    runs.push({
      point: `${point.kind} ${point.n}`,
      outcome: classify(r.after, r.before, clean.after),
      error: r.error,
    });
  }
  return { clean, runs };
}

const methodsOf = (prototype: object) =>
  Object.getOwnPropertyNames(prototype).filter((name) => {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
    return name !== 'constructor' && typeof descriptor?.value === 'function';
  });
/**
 * The editor's own methods and those of its working copies of parts (read a part, store a change,
 * lay out the document…), so a fault lands between the steps inside an edit, not only around it.
 */
const INSTRUMENTED: [object, string][] = [
  [DocxEditor.prototype, ''],
  [EditorParts.prototype, 'parts.'],
];

/**
 * Counts every DocxEditor call (`open` and each method) while a use case runs on the .docx host,
 * and makes the Nth throw when `failAt` is N. `restore` puts the editor back.
 */
export function instrumentDocxEditor(failAt: number | null): { calls: string[]; restore(): void } {
  const calls: string[] = [];
  const spies: jest.SpyInstance[] = [];
  const hit = (name: string) => {
    calls.push(name);
    if (calls.length === failAt) throw new Error(`injected fault in DocxEditor.${name}`);
  };
  const open = DocxEditor.open.bind(DocxEditor);
  spies.push(
    jest.spyOn(DocxEditor, 'open').mockImplementation((bytes, name) => (hit('open'), open(bytes, name))),
  );
  type Methods = Record<string, (...a: unknown[]) => unknown>;
  for (const [prototype, prefix] of INSTRUMENTED) {
    for (const name of methodsOf(prototype)) {
      const original = (prototype as Methods)[name]!;
      spies.push(
        jest.spyOn(prototype as Methods, name).mockImplementation(function (
          this: unknown,
          ...args: unknown[]
        ) {
          hit(prefix + name);
          return original.apply(this, args);
        }),
      );
    }
  }
  return { calls, restore: () => spies.forEach((s) => s.mockRestore()) };
}
