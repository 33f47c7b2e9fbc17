/**
 * caption-number-repeated: a caption Word numbers (a SEQ field) shows the same number as a
 * caption typed by hand above it, once fields update. Word and LibreOffice count only the
 * captions they number, so after a typed "Figure 1: …" an Insert Caption field shows "Figure 1"
 * again (LibreOffice on opening, Word on F9 or printing), though it may show 2 until then.
 *
 * Narrow on purpose, so it never fires on a report that is right: only when the reader saw the
 * fields (the .docx reader; Word's does not read fields yet), only a counted field (one with a
 * `\r` reset shows the number it was given, as appendices that restart at 1 do), and only a
 * typed caption above it (a typed "Figure 1" in an appendix below is the appendix's own).
 */
import { captionsAfterUpdate } from '../../report/captions';
import { draft, type FindingDraft, type Rule } from '../context';
import { excerptOf } from '../text';

export const captionRules: Rule = {
  ids: ['caption-number-repeated'],
  run(context) {
    const captions = captionsAfterUpdate(context.snapshot);
    if (!captions) return [];
    const findings: FindingDraft[] = [];
    captions.forEach((caption, at) => {
      if (caption.typed || caption.reset !== null) return;
      const typed = captions
        .slice(0, at)
        .find((other) => other.typed && other.label === caption.label && other.number === caption.number);
      if (!typed) return;
      const name = `${caption.label} ${caption.number}`;
      const typedText = excerptOf(context.snapshot.paragraphs[typed.paragraph]?.text ?? name, 60);
      findings.push(
        draft(context, 'caption-number-repeated', {
          section: context.placeOf(caption.paragraph),
          paragraph: caption.paragraph,
          message: `This caption shows "${name}" once Word updates fields, as "${typedText}" above does: that one is typed, and Word numbers only the captions it made. Replace the typed caption with References > Insert Caption, or refresh the live data if this is a live chart or table.`,
        }),
      );
    });
    return findings;
  },
};
