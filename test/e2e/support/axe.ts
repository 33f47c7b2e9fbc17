/**
 * axe-core run inside the page (injected from node_modules), reporting serious and critical
 * violations.
 *
 * One known false positive is set aside, narrowly: Fluent UI's focus manager (Tabster) puts
 * `<i data-tabster-dummy aria-hidden="true" tabindex="0">` guards around a TabList; they pass
 * focus on at once and are hidden from screen readers on purpose, which axe's aria-hidden-focus
 * rule cannot know (microsoft/tabster#288, microsoft/fluentui#27517 "by design"; Accessibility
 * Insights suppresses the same nodes). Only those nodes, only for that rule, are dropped.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * `exclude`: CSS selectors of parts of the page another test answers for (the pane-width test
 * leaves out the workspace's document preview, a whole report, which the workspace test checks).
 */
export async function axeViolations(
  page: Page,
  { exclude = [] }: { exclude?: string[] } = {},
): Promise<{ all: AxeViolation[]; serious: AxeViolation[] }> {
  // Colours read mid-transition (a button fading in, a theme change) are neither theme's: wait
  // until no CSS transition or animation is running, so axe sees the colours people see.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const injected = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy (no inline
  // script) does not govern: the pages are tested with their real CSP in force.
  if (!injected) await page.evaluate(AXE_SOURCE);
  const all = await page.evaluate(async (excluded) => {
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<AxeRun> } })
      .axe;
    interface AxeRun {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; html: string }[];
      }[];
    }
    const context =
      excluded.length === 0 ? document : { include: [['html']], exclude: excluded.map((e) => [e]) };
    const result = await axe.run(context, { resultTypes: ['violations'] });
    const tabsterGuard = (html: string) => /^<i [^>]*data-tabster-dummy/.test(html);
    return result.violations
      .map((v) => ({
        ...v,
        nodes: v.id === 'aria-hidden-focus' ? v.nodes.filter((n) => !tabsterGuard(n.html)) : v.nodes,
      }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
      }));
  }, exclude);
  return { all, serious: all.filter((v) => v.impact === 'serious' || v.impact === 'critical') };
}
