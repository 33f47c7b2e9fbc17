/**
 * Which Word API features this Word has, checked once before reading. The manifest requires
 * WordApi 1.4; anything newer is detected and, when missing, the read degrades and says how.
 */
import type { ReadWarning } from '../../core/report/snapshot';

export interface WordFeatures {
  /** WordApi 1.4: comments and custom XML parts. */
  comments: boolean;
  customXmlParts: boolean;
  /** WordApi 1.4: `Document.changeTrackingMode` and `getReviewedText`. */
  changeTracking: boolean;
  /** WordApi 1.6: `Paragraph.uniqueLocalId`, to place comments, controls and pictures exactly. */
  paragraphIds: boolean;
}

/** The set the manifest requires: Word will not load the add-in without it. */
const MANIFEST_MINIMUM = '1.4';

function supports(version: string): boolean {
  // Without Office's requirement API (not yet initialised), assume only what the manifest guarantees.
  const requirements = typeof Office === 'undefined' ? undefined : Office.context?.requirements;
  if (!requirements) return version === MANIFEST_MINIMUM;
  try {
    return requirements.isSetSupported('WordApi', version);
  } catch {
    return version === MANIFEST_MINIMUM;
  }
}

export function detectWordFeatures(): { features: WordFeatures; warnings: ReadWarning[] } {
  const has14 = supports('1.4');
  const features: WordFeatures = {
    comments: has14,
    customXmlParts: has14,
    changeTracking: has14,
    paragraphIds: supports('1.6'),
  };
  const warnings: ReadWarning[] = [];
  if (!has14) {
    warnings.push({
      where: 'Word: comments',
      message:
        'This version of Word does not let add-ins read comments or the report data stored in the document ' +
        '(it lacks WordApi 1.4), so comments were not checked. Update Office, or use Word on the web.',
    });
  }
  if (!features.paragraphIds) {
    warnings.push({
      where: 'Word: paragraph positions',
      message:
        'This version of Word cannot identify paragraphs (it lacks WordApi 1.6), so comments, content controls ' +
        'and pictures were placed by matching paragraph text. Where the same text appears more than once the ' +
        'position shown may be wrong; updating Office fixes this.',
    });
  }
  return { features, warnings };
}

/** A requirement set above the manifest's minimum that this Word lacks, and what that means. */
export interface MissingWordFeature {
  set: string;
  /** What the officer will notice, in plain words. */
  meaning: string;
}

/**
 * The sets above WordApi 1.4 Council Report would use, and what is lost without each. Only sets
 * with a visible effect are listed: one the add-in does not use yet would only worry people.
 */
const FEATURES_ABOVE_MINIMUM: readonly MissingWordFeature[] = [
  {
    set: 'WordApi 1.6',
    meaning:
      'Comments and pictures are placed by matching paragraph text; findings may point at the wrong ' +
      'paragraph when paragraphs repeat.',
  },
];

/** What this Word lacks above the manifest's minimum; empty on an up-to-date Word. */
export function missingWordFeatures(): MissingWordFeature[] {
  return FEATURES_ABOVE_MINIMUM.filter((feature) => !supports(feature.set.replace('WordApi ', '')));
}
