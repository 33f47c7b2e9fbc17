/**
 * Recognising the "do nothing" option in Available Options, the way councils write it: "Do
 * nothing", "Make no changes and continue with the current approach", "Maintain the status quo",
 * "Retain the existing arrangements", "Not to adopt the priorities", "Take no further action",
 * "Keep things as they are", "Continue as now", "Business as usual", "Decline the
 * recommendation"…
 *
 * A missed do-nothing option is a false alarm on a real report, so the wordings are general
 * (any verb after "not to", any arrangement after "the current"). They stay narrow enough that
 * ordinary options are not taken for one: "continue" and "changes" appear in real do-something
 * options ("Continue the pilot with extra funding", "Make changes to the grant scheme"), so a
 * continuation counts only when it keeps what is current or existing, and a change only when it
 * is "no change". Keeping what is current "with extra funding" is a do-something option.
 *
 * Patterns run on one sentence at a time, normalised (lower case, punctuation as spaces), so
 * "Do-nothing" and "do nothing" are the same and a guard looks only at its own sentence.
 */
import { normaliseText } from './text';

/** Verbs a council declines in its do-nothing option: "not to adopt", "do not approve". */
const DECLINED =
  'adopt|agree|approve|accept|endorse|support|proceed|implement|introduce|pursue|progress|recommend|fund|commission|award|grant|extend|expand|amend|change|alter|allocate|invest|procure|purchase|develop|undertake|publish|renew|enter|join|sign|carry out|go ahead|make (?:any )?(?:changes?|amendments?)|(?:take|bring|move) (?:\\w+ ){0,3}?forward';

/** "…not to recommend this option" judges another option; it is not the do-nothing option. */
const NOT_AN_OPTION = '(?! (?:this |that |the |either |any )?(?:\\w+ )?options?\\b)';

const ALWAYS: RegExp[] = [
  /\bdo(?:ing)? nothing\b/,
  /\bstatus quo\b/,
  /\bbusiness as usual\b/,
  // "Take no (further) action", "no formal action", "not to take any action".
  /\bno (?:further |formal |other |additional |new )?action\b/,
  /\bnot (?:to )?take (?:any )?(?:further |formal )?action\b/,
  // "Make no changes", "no change to the current scheme", "No change." as the whole option.
  /\b(?:make|makes|making|made) no (?:\w+ )?(?:changes?|amendments?|alterations?)\b/,
  /\bno (?:changes?|amendments?|alterations?) (?:to|in) (?:the |our |its |their )?(?:current|existing|present)\b/,
  /^(?:[\d ]+)?(?:option \w+ )?no (?:changes?|amendments?|alterations?)$/,
  // "Leave the policy unchanged", "keep things as they are", "continue as now".
  /\b(?:leave|leaving|keep|keeping) (?:\w+ ){1,4}unchanged\b/,
  /\b(?:keep|keeping|leave|leaving|stay|stays|remain|remains|continue|continuing|carry on|carrying on) (?:(?:things|everything|matters|it|arrangements|them) )?as (?:they are|it is|now|at present|present|before|things are|is)\b/,
  // "Not to adopt the priorities", "decide not to proceed", and "Do not approve" as the option
  // itself; not "Officers do not recommend this option", said of a do-something option.
  new RegExp(`\\bnot to (?:${DECLINED})\\b${NOT_AN_OPTION}`),
  new RegExp(`^(?:[\\d ]+)?(?:option \\w+ )?(?:do not|dont) (?:${DECLINED})\\b${NOT_AN_OPTION}`),
  // "Decline the recommendation", "reject the proposals", "refuse the application".
  /\b(?:decline|declines|declining|reject|rejects|rejecting|refuse|refuses|refusing) (?:to \w+|(?:the |these |this |all )?(?:\w+ ){0,2}?(?:recommendations?|proposals?|proposed|request|application|bid|offer|scheme|plan|strategy|policy|report))\b/,
];

/** Keeping, retaining or continuing what is current or existing, unless more is added. */
const KEEPS_CURRENT =
  /\b(?:continue|continues|continuing|carry on|retain|retains|retaining|keep|keeps|keeping|maintain|maintains|maintaining|leave|leaving|stay with|remain with|stick with)(?: with)? (?:the |our |its |their |all )?(?:current|existing|present|same)\b/;
const ADDS_SOMETHING = new RegExp(
  [
    '\\b(?:with|plus|and|but)(?: with)? (?:an? |the |some )?(?:extra|additional|more|increased|new|further|expanded|enhanced|extended|revised|changes?|amendments?)\\b',
    '\\b(?:and|but|plus|while) (?:also )?(?:reduce|increase|change|amend|extend|expand|add|introduce|stop|end|cut|recruit|replace|remove|reform|merge)\\b',
  ].join('|'),
);

/** True when the text (an option, a paragraph) describes the do-nothing option. */
export function describesDoNothing(text: string): boolean {
  return sentences(text).some((sentence) => {
    if (ALWAYS.some((pattern) => pattern.test(sentence))) return true;
    return KEEPS_CURRENT.test(sentence) && !ADDS_SOMETHING.test(sentence);
  });
}

/** Normalised sentences; a colon or semicolon ends one too ("Option 3: Do nothing; …"). */
function sentences(text: string): string[] {
  return text
    .split(/[.;:!?](?=\s|$)|\u2013|\u2014|\s-\s/)
    .map((piece) => normaliseText(piece))
    .filter((piece) => piece !== '');
}
