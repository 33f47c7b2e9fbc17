/**
 * Finding each comment's disposition again after the document has changed. Word renumbers
 * comment ids when it saves, and the Word API gives ids of its own, so a disposition is stored
 * with the comment's id, its durable id (Word 2019+ files) and a hash of its author and text,
 * and found by, in order:
 *
 * 1. the durable id, when both have one;
 * 2. the same id and the same hash;
 * 3. the same hash, when exactly one comment without a disposition has it (a moved or
 *    renumbered comment, or the same file opened in Word rather than from disk).
 *
 * A comment whose text was edited after the decision has another hash: its disposition is no
 * longer found, and it is open again, which is what an officer would want.
 */
import type { Comment, CommentThread } from '../report/snapshot';
import type { DispositionRecord } from '../state/consultation-record';

/** Whitespace and line endings as both hosts give them, so the hash is the same from either. */
function canonical(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * 53-bit string hash (cyrb53), as 14 hex digits: stable, fast on 100,000-character comments, and
 * pure (no crypto API in core). It tells comments apart; it is not a security measure.
 */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}

/** The hash a disposition is stored with: the comment's author and text. */
export function commentHash(comment: Pick<Comment, 'author' | 'text'>): string {
  return hashText(`${canonical(comment.author)}\n${canonical(comment.text)}`);
}

/**
 * The disposition of each comment (by position in `comments`), or none. Each record is used for
 * one comment at most.
 */
export function matchDispositions(
  comments: readonly Pick<Comment, 'id' | 'author' | 'text' | 'durableId'>[],
  records: readonly DispositionRecord[],
): (DispositionRecord | null)[] {
  const result: (DispositionRecord | null)[] = comments.map(() => null);
  const used = new Set<DispositionRecord>();
  const hashes = comments.map(commentHash);

  const byDurable = new Map<string, DispositionRecord>();
  const byIdAndHash = new Map<string, DispositionRecord>();
  const byHash = new Map<string, DispositionRecord[]>();
  // Later records win: a decision changed twice is stored once, but be safe with older files.
  for (const record of records) {
    if (record.durableId) byDurable.set(record.durableId, record);
    byIdAndHash.set(`${record.commentId}\u0000${record.hash}`, record);
    byHash.set(record.hash, [...(byHash.get(record.hash) ?? []), record]);
  }

  comments.forEach((comment, i) => {
    const record = comment.durableId ? byDurable.get(comment.durableId) : undefined;
    if (record && !used.has(record) && record.hash === hashes[i]) {
      result[i] = record;
      used.add(record);
    }
  });
  comments.forEach((comment, i) => {
    if (result[i]) return;
    const record = byIdAndHash.get(`${comment.id}\u0000${hashes[i]}`);
    if (record && !used.has(record)) {
      result[i] = record;
      used.add(record);
    }
  });
  // By hash alone, only where it cannot be confused: one unclaimed comment, one unused record.
  const unclaimed = new Map<string, number[]>();
  comments.forEach((_comment, i) => {
    if (result[i]) return;
    const hash = hashes[i]!;
    unclaimed.set(hash, [...(unclaimed.get(hash) ?? []), i]);
  });
  for (const [hash, indices] of unclaimed) {
    const candidates = (byHash.get(hash) ?? []).filter((r) => !used.has(r));
    if (indices.length === 1 && candidates.length >= 1) {
      const record = candidates[candidates.length - 1]!;
      result[indices[0]!] = record;
      used.add(record);
    }
  }
  return result;
}

/** The records with one comment's disposition replaced (`next` null: back to open). */
export function replaceDisposition(
  records: readonly DispositionRecord[],
  current: DispositionRecord | null,
  next: DispositionRecord | null,
): DispositionRecord[] {
  const kept = records.filter((r) => r !== current);
  return next ? [...kept, next] : kept;
}

/** Threads still open: not resolved in Word and without a recorded disposition. */
export function openThreads(
  threads: readonly CommentThread[],
  records: readonly DispositionRecord[] = [],
): CommentThread[] {
  const decided = records.length === 0 ? [] : matchDispositions(threads, records);
  return threads.filter((thread, i) => !thread.resolved && !decided[i]);
}
