/**
 * The Template view's state: the check and the fixes that follow it. Each action runs one use case
 * through the injected TemplateActions and says what happened in one sentence, which the view
 * shows and announces.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckedReport } from '../../../app/check-report';
import type { Finding } from '../../../core/template/finding';
import { protectedHeadingCount } from '../../../core/template/heading-protection';
import { describeProblem } from '../../describe-problem';
import { latestRibbonCheck, onRibbonCheck, type RibbonCheck } from '../../../commands/ribbon-check';
import { describeResult } from './describe-check';
import type { CheckSettings, TemplateActions } from './template-actions';
import { FRONT_MATTER_RECOMMENDATIONS, FRONT_MATTER_SUMMARY } from '../../../core/template/section-insertion';

/** What is being added, as the progress line says it: the recommendations are not a section. */
const adding = (sectionId: string, title: string): string =>
  sectionId === FRONT_MATTER_RECOMMENDATIONS ? 'Adding the recommendations' : `Adding the ${title} section`;

export type CheckState =
  | { kind: 'not-checked' }
  | { kind: 'checking'; fraction: number; stage: string }
  | { kind: 'checked'; checked: CheckedReport; settings: CheckSettings; protectedHeadings: number }
  | { kind: 'failed'; message: string };

/** The outcome of a fix (go to a paragraph, add a section, protect headings), shown under the controls. */
export interface Notice {
  intent: 'success' | 'error';
  text: string;
}

export interface TemplateCheck {
  state: CheckState;
  /** What a fix is doing now ("Adding section 4 "Risk""), or null. */
  busy: string | null;
  notice: Notice | null;
  /** The latest sentence for screen readers. */
  announcement: string;
  check(settings: CheckSettings): Promise<void>;
  goToFinding(finding: Finding): Promise<void>;
  insertSection(sectionId: string, title: string): Promise<void>;
  protectHeadings(): Promise<void>;
  removeProtection(): Promise<void>;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** A check run from the ribbon's Check report, as the pane shows it (same runtime: shared runtime). */
function fromRibbon(check: RibbonCheck): CheckState {
  return {
    kind: 'checked',
    checked: check.checked,
    settings: { templateId: check.templateId, final: false },
    protectedHeadings: protectedHeadingCount(check.checked.snapshot),
  };
}

export function useTemplateCheck(actions: TemplateActions): TemplateCheck {
  const [state, setState] = useState<CheckState>(() => {
    const ribbon = latestRibbonCheck();
    return ribbon ? fromRibbon(ribbon) : { kind: 'not-checked' };
  });
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The last announced stage, so each stage is announced once, not at every progress step.
  const lastStage = useRef('');
  const stateRef = useRef(state);
  stateRef.current = state;

  const progress = useCallback((fraction: number, stage: string) => {
    setState({ kind: 'checking', fraction, stage });
    if (stage !== lastStage.current) {
      lastStage.current = stage;
      setAnnouncement(`Checking the report: ${stage}.`);
    }
  }, []);

  const checked = useCallback((report: CheckedReport, settings: CheckSettings) => {
    setState({
      kind: 'checked',
      checked: report,
      settings,
      protectedHeadings: protectedHeadingCount(report.snapshot),
    });
    setAnnouncement(`Check finished. ${describeResult(report.result)}`);
  }, []);

  // "Check report" on the ribbon runs in this page's runtime: show its check here, unless the
  // officer is in the middle of something in the pane.
  useEffect(
    () =>
      onRibbonCheck((ribbon) => {
        if (stateRef.current.kind === 'checking') return;
        setState(fromRibbon(ribbon));
        setAnnouncement(`Checked from the ribbon. ${describeResult(ribbon.checked.result)}`);
      }),
    [],
  );

  const check = useCallback(
    async (settings: CheckSettings) => {
      setNotice(null);
      lastStage.current = '';
      progress(0, 'Starting');
      try {
        checked(await actions.check(settings, progress), settings);
      } catch (error) {
        const message = describeProblem(error);
        setState({ kind: 'failed', message });
        setAnnouncement(`The check did not finish. ${message}`);
      }
    },
    [actions, checked, progress],
  );

  /** Runs a fix with the view marked busy; its failure becomes an error notice, the checklist stays. */
  const fix = useCallback(async (what: string, run: () => Promise<string | null>) => {
    setBusy(what);
    setNotice(null);
    setAnnouncement(`${what}…`);
    try {
      const done = await run();
      if (done) {
        setNotice({ intent: 'success', text: done });
        setAnnouncement(done);
      }
    } catch (error) {
      const text = describeProblem(error);
      setNotice({ intent: 'error', text });
      setAnnouncement(text);
    } finally {
      setBusy(null);
    }
  }, []);

  const goToFinding = useCallback(
    (finding: Finding) =>
      fix('Going to the paragraph', async () => {
        const current = stateRef.current;
        if (current.kind !== 'checked' || finding.paragraph === null) return null;
        const paragraph = current.checked.snapshot.paragraphs[finding.paragraph];
        await actions.selectParagraph(finding.paragraph, paragraph?.text ?? '');
        return null;
      }),
    [actions, fix],
  );

  const insertSection = useCallback(
    (sectionId: string, title: string) =>
      fix(adding(sectionId, title), async () => {
        const current = stateRef.current;
        if (current.kind !== 'checked') return null;
        const { settings } = current;
        const report = await actions.insertSection(
          settings,
          current.checked.snapshot,
          sectionId,
          () => undefined,
        );
        checked(report, settings);
        if (sectionId === FRONT_MATTER_RECOMMENDATIONS)
          return "Added the recommendations: the template's opening line and a numbered placeholder. Write the first recommendation in its place.";
        if (sectionId === FRONT_MATTER_SUMMARY)
          return `Added the ${title} after the header fields, with a placeholder. Write the summary in its place.`;
        return `Added the ${title} section with the template's guidance. Replace the guidance with your text.`;
      }),
    [actions, checked, fix],
  );

  const protectHeadings = useCallback(
    () =>
      fix('Protecting the section headings', async () => {
        const current = stateRef.current;
        if (current.kind !== 'checked') return null;
        const outcome = await actions.protectHeadings(current.settings.templateId, current.checked.snapshot);
        setState({ ...current, protectedHeadings: outcome.protectedNow + outcome.alreadyProtected });
        if (outcome.protectedNow === 0) return `The section headings were already protected.`;
        const already = outcome.alreadyProtected > 0 ? ` (${outcome.alreadyProtected} already were)` : '';
        return `Protected ${count(outcome.protectedNow, 'section heading')}${already}: they cannot be deleted by accident.`;
      }),
    [actions, fix],
  );

  const removeProtection = useCallback(
    () =>
      fix('Removing the heading protection', async () => {
        const removed = await actions.removeProtection();
        const current = stateRef.current;
        if (current.kind === 'checked') setState({ ...current, protectedHeadings: 0 });
        return removed === 0
          ? 'No section headings were protected.'
          : `Removed the protection from ${count(removed, 'section heading')}.`;
      }),
    [actions, fix],
  );

  return {
    state,
    busy,
    notice,
    announcement,
    check,
    goToFinding,
    insertSection,
    protectHeadings,
    removeProtection,
  };
}
