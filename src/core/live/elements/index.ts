import { registerElement, registerElementFamily } from '../registry';
import { categoryChangeFigures, totalCrimeChangeFigure, totalCrimeFigure } from './figures';
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
  ])
    registerElement(element);
  registerElementFamily(categoryChangeFigures);
}

export {
  categoryChangeFigures,
  crimeByCategoryYoy,
  ratePer1000ByDistrict,
  topLsoas,
  totalCrimeChangeFigure,
  totalCrimeFigure,
};
