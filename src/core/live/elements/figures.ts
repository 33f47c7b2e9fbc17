/**
 * Single figures quoted in the text ("total crime rose by 4.2%"): a region holding one sentence
 * with the number in it, refreshed with the tables. A figure made from the bundled sample says so
 * in the sentence, since it has no source line.
 */
import { ANTI_SOCIAL_BEHAVIOUR, CRIME_TYPES, crimeTypeName, isKnownCrimeType } from '../../data/crime-types';
import type { CrimeDataset } from '../../data/dataset';
import { RECORDED_CRIME, type CrimeQuery } from '../../data/dataset';
import { SAMPLE_LABEL } from '../../data/source';
import { ReportError } from '../../errors';
import { renderTableOrFigure } from '../blocks';
import { changeFraction, formatCount, formatPercent } from '../format';
import type { LiveElement, LiveElementInput, LiveRendering } from '../model';
import type { ElementFamily } from '../catalogue';
import { districtIn, periodsFor, sourceLine } from './common';

function sentenceEnd(data: CrimeDataset): string {
  return data.source.kind === 'sample' ? ` (${SAMPLE_LABEL.toLowerCase()}).` : '.';
}

function figure(
  title: string,
  text: string,
  value: string,
  period: string,
  data: CrimeDataset,
): LiveRendering {
  return {
    kind: 'figure',
    title,
    text,
    value,
    source: sourceLine(data, null),
    figures: [
      { where: 'Period', value: period },
      { where: title, value },
    ],
  };
}

export const totalCrimeFigure: LiveElement = {
  name: 'figure:total-crime',
  label: 'Figure: total recorded crime',
  kind: 'figure',
  compute(input: LiveElementInput): LiveRendering {
    const district = districtIn(input.data, input.area);
    const periods = periodsFor(input);
    const total = input.data.count({ window: periods.current, district, ...RECORDED_CRIME });
    const value = formatCount(total);
    return figure(
      'Total recorded crime',
      `${district} recorded ${value} crimes (excluding anti-social behaviour) in ${periods.currentLabel}${sentenceEnd(input.data)}`,
      value,
      periods.currentLabel,
      input.data,
    );
  },
  render: renderTableOrFigure,
};

/** A percentage change figure over a query (all recorded crime, or one type). */
function changeFigure(
  name: string,
  label: string,
  subject: string,
  filter: Omit<CrimeQuery, 'window'>,
): LiveElement {
  return {
    name,
    label,
    kind: 'figure',
    compute(input: LiveElementInput): LiveRendering {
      const { data } = input;
      const district = districtIn(data, input.area);
      const periods = periodsFor(input);
      if (!periods.previousComplete) {
        throw new ReportError(
          'live-period-incomplete',
          `The data lacks ${periods.missingPrevious.join(', ')}, so the change on the previous 12 months cannot be given.`,
        );
      }
      const now = data.count({ ...filter, window: periods.current, district });
      const before = data.count({ ...filter, window: periods.previous, district });
      const fraction = changeFraction(now, before);
      if (fraction === null) {
        throw new ReportError(
          'live-no-comparison',
          `${subject} in ${district} was 0 in ${periods.previousLabel}, so there is no percentage change to give.`,
        );
      }
      const value = formatPercent(Math.abs(fraction));
      const verb =
        value === '0.0%' ? 'was unchanged' : fraction > 0 ? `rose by ${value}` : `fell by ${value}`;
      const shown = value === '0.0%' ? '0.0%' : fraction > 0 ? `+${value}` : `-${value}`;
      return figure(
        `${subject}, % change`,
        `${subject} in ${district} ${verb} in ${periods.currentLabel} compared with the previous 12 months${sentenceEnd(data)}`,
        shown,
        periods.currentLabel,
        data,
      );
    },
    render: renderTableOrFigure,
  };
}

export const totalCrimeChangeFigure = changeFigure(
  'figure:total-crime-change-pct',
  'Figure: total recorded crime, % change',
  'Total recorded crime',
  RECORDED_CRIME,
);

const CATEGORY_FIGURE = /^figure:([a-z0-9]+(?:-[a-z0-9]+)*)-change-pct$/;

/** `figure:<crime type slug>-change-pct`, e.g. `figure:burglary-change-pct`. */
export const categoryChangeFigures: ElementFamily = {
  prefix: 'figure:',
  examples: CRIME_TYPES.filter((t) => t.slug !== 'public-disorder-weapons').map(
    (t) => `figure:${t.slug}-change-pct`,
  ),
  resolve(name: string): LiveElement | null {
    const slug = CATEGORY_FIGURE.exec(name)?.[1];
    if (slug === undefined || slug === 'total-crime') return null;
    // A type police.uk adds later is named by its slug until the product lists it.
    const subject = isKnownCrimeType(slug) ? crimeTypeName(slug) : slug.replace(/-/g, ' ');
    const capitalised = subject.charAt(0).toUpperCase() + subject.slice(1);
    const label = `Figure: ${slug === ANTI_SOCIAL_BEHAVIOUR ? 'anti-social behaviour' : subject.toLowerCase()}, % change`;
    return changeFigure(name, label, capitalised, { crimeTypes: [slug] });
  },
};
