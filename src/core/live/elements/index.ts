import type { ElementGroup } from '../catalogue';
import { categoryChangeFigures, totalCrimeChangeFigure, totalCrimeFigure } from './figures';
import { spreadsheetTable } from './spreadsheet';
import { crimeByCategoryYoy, ratePer1000ByDistrict, topLsoas } from './tables';

/** The built-in tables and figures (crime data and the spreadsheet table), for a catalogue. */
export function builtInElements(): ElementGroup {
  return {
    elements: [
      crimeByCategoryYoy,
      ratePer1000ByDistrict,
      topLsoas,
      totalCrimeFigure,
      totalCrimeChangeFigure,
      spreadsheetTable,
    ],
    families: [categoryChangeFigures],
  };
}

export {
  categoryChangeFigures,
  crimeByCategoryYoy,
  ratePer1000ByDistrict,
  spreadsheetTable,
  topLsoas,
  totalCrimeChangeFigure,
  totalCrimeFigure,
};
