import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The part of Office.context.officeTheme the theme choice reads. */
export type OfficeThemeColours = Partial<Pick<Office.OfficeTheme, 'bodyBackgroundColor' | 'isDarkTheme'>>;

/** Relative luminance (WCAG) of "#RRGGBB" or "#RGB"; null when the text is not such a colour. */
export function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) return null;
  const digits = m[1].length === 3 ? [...m[1]].map((d) => d + d).join('') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * True when Office shows a dark body background. The background colour decides (Word reports it
 * on every platform); `isDarkTheme` is used only when the colour is missing or unreadable.
 */
export function isDarkOfficeTheme(officeTheme: OfficeThemeColours | null | undefined): boolean {
  if (!officeTheme) return false;
  const l = officeTheme.bodyBackgroundColor ? luminance(officeTheme.bodyBackgroundColor) : null;
  // Below 0.179 white text contrasts better than black (WCAG): that is a dark background.
  if (l !== null) return l < 0.179;
  return officeTheme.isDarkTheme === true;
}

/** The Fluent theme that matches Office's: dark body background → webDarkTheme, else webLightTheme. */
export function themeForOffice(officeTheme: OfficeThemeColours | null | undefined): Theme {
  return isDarkOfficeTheme(officeTheme) ? webDarkTheme : webLightTheme;
}
