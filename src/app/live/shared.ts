/** What every live-region use case needs: the host's one write, and an element by its name. */
import { ReportError } from '../../core/errors';
import type { ElementCatalogue, LiveElement } from '../../core/live';
import type { ReportHost } from '../../core/report/host';

export function writer(host: ReportHost): NonNullable<ReportHost['writeRegions']> {
  if (!host.writeRegions) {
    throw new ReportError(
      'live-unsupported',
      `Live tables cannot be written to ${host.name} by this version.`,
    );
  }
  return host.writeRegions.bind(host);
}

/** The element to insert or preview from data; a clear error for an unknown one. */
export function elementOrError(elements: ElementCatalogue, name: string): LiveElement {
  const element = elements.find(name);
  if (element?.dataFrom === 'comments') {
    throw new ReportError(
      'live-element-from-comments',
      `The ${element.label.toLowerCase()} is made from the comments: insert it from the Consultation view.`,
    );
  }
  if (element) return element;
  const names = elements
    .list()
    .map((e) => e.name)
    .join(', ');
  throw new ReportError('live-element-unknown', `There is no live element "${name}". Elements: ${names}.`);
}
