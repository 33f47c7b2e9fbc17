/**
 * recommendations-missing: the front matter has the recommendations lead ("This report makes the
 * following recommendations to this Committee:") followed by at least one numbered recommendation.
 */
import { draft, type Rule } from '../context';

export const recommendationsRule: Rule = {
  ids: ['recommendations-missing'],
  run(context) {
    const spec = context.template.frontMatter.recommendations;
    if (!spec) return [];
    const found = context.frontMatter.recommendations;
    if (!found) {
      return [
        draft(context, 'recommendations-missing', {
          section: 'recommendations',
          message: `The report has no recommendations. Add "${spec.lead}" before section 1, followed by the recommendations as a numbered list.`,
        }),
      ];
    }
    if (found.items.length === 0) {
      return [
        draft(context, 'recommendations-missing', {
          section: 'recommendations',
          paragraph: found.paragraph,
          message:
            'No numbered recommendation follows this line. Write each recommendation as a numbered item (1., 2., ...).',
        }),
      ];
    }
    return [];
  },
};
