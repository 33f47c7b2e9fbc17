import type { Month } from '../../core/data/months';
import { ReportError } from '../../core/errors';
import type { ElementCatalogue, LiveRendering } from '../../core/live';
import type { ElementRequest } from './options';
import { elementOrError } from './shared';
import type { LiveData } from './source';

/** What the element would show, without touching a document (the Data view's preview). */
export function previewLiveElement(
  elements: ElementCatalogue,
  live: LiveData,
  request: ElementRequest,
  area: string,
): LiveRendering {
  const element = elementOrError(elements, request.element);
  if (element.dataFrom === 'workbook') {
    return element.compute({
      data: live.data,
      population: live.population,
      area: '',
      periodEnd: '' as Month,
      options: request.options ?? {},
      ...(live.workbooks ? { workbooks: live.workbooks } : {}),
    });
  }
  const periodEnd = request.periodEnd ?? live.data.latestMonth;
  if (!periodEnd) throw new ReportError('live-no-data', 'The data has no months.');
  return element.compute({
    data: live.data,
    population: live.population,
    area: request.area ?? area,
    periodEnd,
    options: request.options ?? {},
  });
}
