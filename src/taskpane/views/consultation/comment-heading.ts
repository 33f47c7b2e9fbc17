/**
 * A comment's heading in the list: who wrote it and for which partner. A partner often comments
 * from an account named after the organisation ("Kent Police", "NHS Kent and Medway"); saying the
 * name twice ("Kent Police · Kent Police") only makes the list longer, so it is said once.
 */
export function commentHeading(author: string, organisation: string): string {
  const who = author.trim() || 'Unnamed author';
  return sameName(who, organisation) ? who : `${who} · ${organisation}`;
}

/** Names that differ only in case, "&" for "and", punctuation or spacing are the same name. */
function sameName(a: string, b: string): boolean {
  return plain(a) === plain(b);
}

function plain(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
