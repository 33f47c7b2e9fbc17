import { registerElement, registerElementFamily } from '../registry';
import { categoryChangeFigures, totalCrimeChangeFigure, totalCrimeFigure } from './figures';
import { spreadsheetTable } from './spreadsheet';
import { crimeByCategoryYoy, ratePer1000ByDistrict, topLsoas } from './tables';

let registered = false;

/** Registers the built-in tables and figures once (importing `core/live` does it). */
export function registerBuiltInElements(): void {
  if (registered) return;
  registered = true;
  for (const element of [
    crimeByCategoryYoy,
    ratePer1000ByDistrict,
    topLsoas,
    totalCrimeFigure,
    totalCrimeChangeFigure,
    spreadsheetTable,
  ])
    registerElement(element);
  registerElementFamily(categoryChangeFigures);
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
