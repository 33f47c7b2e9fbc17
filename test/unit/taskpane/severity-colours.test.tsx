/** @jest-environment jsdom */
import { FluentProvider, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { SEVERITY_TOKENS, SeverityMark } from '../../../src/taskpane/components/SeverityMark';
import { luminance } from '../../../src/taskpane/theme';

const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a)!, luminance(b)!].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

/** CIE L*a*b* of "#RRGGBB" (D65). */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** Colour difference ΔE*ab: about 2.3 is just noticeable; the old two reds were 21–24 apart. */
function deltaE(a: string, b: string): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** Far enough apart to read as two colours at a glance, not two shades of one red. */
const DISTINCT = 30;

describe('severity colours (Fluent status tokens)', () => {
  it('the yardstick fails the old colours: error rgb(188,47,50) and warning rgb(196,53,1)', () => {
    expect(deltaE('#bc2f32', '#c43501')).toBeLessThan(DISTINCT);
    expect(
      deltaE(webDarkTheme.colorPaletteRedForeground1, webDarkTheme.colorPaletteDarkOrangeForeground1),
    ).toBeLessThan(DISTINCT);
  });

  for (const [name, theme] of [
    ['light', webLightTheme],
    ['dark', webDarkTheme],
  ] as [string, Theme][]) {
    const background = (severity: 'error' | 'warning') => theme[SEVERITY_TOKENS[severity].background];
    const foreground = (severity: keyof typeof SEVERITY_TOKENS) =>
      theme[SEVERITY_TOKENS[severity].foreground];

    it(`each severity's word passes AA contrast (4.5:1), ${name} theme`, () => {
      const ratios = {
        error: contrast(foreground('error'), background('error')),
        warning: contrast(foreground('warning'), background('warning')),
        info: Math.min(
          contrast(foreground('info'), theme.colorNeutralBackground1),
          contrast(foreground('info'), theme.colorSubtleBackgroundHover),
        ),
      };
      for (const [severity, ratio] of Object.entries(ratios)) {
        expect({ severity, passes: ratio >= 4.5 }).toEqual({ severity, passes: true });
      }
    });

    it(`error and warning are different colours, not two reds, ${name} theme`, () => {
      expect(deltaE(background('error'), background('warning'))).toBeGreaterThanOrEqual(DISTINCT);
      // The words differ too: light on the error, dark on the warning.
      expect(contrast(foreground('error'), foreground('warning'))).toBeGreaterThan(4.5);
    });
  }

  it('shows a word and a different shape for each severity', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <SeverityMark severity="error" label="Error" />
        <SeverityMark severity="warning" label="Warning" />
        <SeverityMark severity="info" label="Note" />
      </FluentProvider>,
    );
    const icons = ['Error', 'Warning', 'Note'].map((word) => {
      const mark = screen.getByText(word).parentElement!;
      expect(mark.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
      return mark.querySelector('svg')?.getAttribute('data-icon');
    });
    expect(icons).toEqual(['error', 'warning', 'info']);
  });
});
