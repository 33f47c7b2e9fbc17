/**
 * Element catalogues for tests, built as a face builds its own: the built-in tables and figures,
 * and (Node) the charts drawn with resvg plus the consultation summary, as the command line has.
 */
import { consultationElements } from '../../src/app/consultation/summary-element';
import { renderChartInNode } from '../../src/charts/node';
import { chartElements } from '../../src/core/charts/live-elements';
import { builtInElements, elementCatalogue } from '../../src/core/live';

/** Tables and figures only: no charts offered. */
export const builtInCatalogue = () => elementCatalogue(builtInElements());

/** Everything the command line offers: tables, figures, charts (Node renderer), the summary. */
export const nodeCatalogue = () =>
  elementCatalogue(builtInElements(), chartElements(renderChartInNode), consultationElements());
