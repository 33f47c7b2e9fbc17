import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { isDarkOfficeTheme, luminance, themeForOffice } from '../../../src/taskpane/theme';

describe('themeForOffice', () => {
  it.each([
    ['Colorful / White (#FFFFFF)', '#FFFFFF'],
    ['light grey (#E6E6E6)', '#E6E6E6'],
    ['short form (#fff)', '#fff'],
  ])('is light for a light body background: %s', (_, bodyBackgroundColor) => {
    expect(themeForOffice({ bodyBackgroundColor })).toBe(webLightTheme);
  });

  it.each([
    ['Black (#262626)', '#262626'],
    ['Black (#000000)', '#000000'],
    ['Dark Gray (#666666)', '#666666'],
    ['lower-case, no hash (1f1f1f)', '1f1f1f'],
  ])('is dark for a dark body background: %s', (_, bodyBackgroundColor) => {
    expect(themeForOffice({ bodyBackgroundColor })).toBe(webDarkTheme);
  });

  it('lets the background colour decide over isDarkTheme', () => {
    expect(themeForOffice({ bodyBackgroundColor: '#FFFFFF', isDarkTheme: true })).toBe(webLightTheme);
    expect(themeForOffice({ bodyBackgroundColor: '#1F1F1F', isDarkTheme: false })).toBe(webDarkTheme);
  });

  it('uses isDarkTheme only when there is no readable colour', () => {
    expect(themeForOffice({ bodyBackgroundColor: '', isDarkTheme: true })).toBe(webDarkTheme);
    expect(themeForOffice({ bodyBackgroundColor: 'rgb(0,0,0)', isDarkTheme: true })).toBe(webDarkTheme);
    expect(themeForOffice({ bodyBackgroundColor: 'not a colour' })).toBe(webLightTheme);
  });

  it('falls back to light when there is no Office theme (browser, older hosts)', () => {
    expect(themeForOffice(undefined)).toBe(webLightTheme);
    expect(themeForOffice(null)).toBe(webLightTheme);
    expect(themeForOffice({})).toBe(webLightTheme);
    expect(isDarkOfficeTheme(undefined)).toBe(false);
  });
});

describe('luminance', () => {
  it('follows WCAG relative luminance', () => {
    expect(luminance('#FFFFFF')).toBeCloseTo(1, 5);
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#808080')).toBeCloseTo(0.2159, 3);
    expect(luminance('#F00')).toBeCloseTo(0.2126, 4);
    expect(luminance('#12345')).toBeNull();
  });
});
