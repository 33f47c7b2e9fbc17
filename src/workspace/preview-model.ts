/**
 * What the workspace's preview shows, worked out from the snapshot alone: the body as a list of
 * blocks (headings, paragraphs with their numbers, tables, pictures), live regions around the
 * blocks they hold, and comment markers on the paragraphs they are anchored to. Pure, so it is
 * tested with plain data; `Preview.tsx` only draws it (as React text: nothing is HTML).
 */
import type { CommentThread, ReportSnapshot, Table } from '../core/report/snapshot';
import { LIVE_TAG_PREFIX } from '../core/state/live-tag';

export interface PreviewComment {
  id: string;
  author: string;
  text: string;
  resolved: boolean;
  replies: number;
}

export interface PreviewPicture {
  /** Position in the snapshot's pictures (the key of its image, when there is one to show). */
  index: number;
  name: string | null;
  altText: string | null;
  decorative: boolean;
}

export type PreviewBlock =
  | {
      kind: 'paragraph';
      index: number;
      text: string;
      /** Word's list label ("1.", "a)", "•"), shown before the text as Word shows it. */
      label: string | null;
      /** 1..6 for headings (deeper levels shown as 6); null for body text. */
      headingLevel: number | null;
      /** A heading written as bold Normal text: shown bold. */
      bold: boolean;
      comments: PreviewComment[];
      pictures: PreviewPicture[];
    }
  | {
      kind: 'table';
      index: number;
      /** First paragraph of the table, the target when a finding points inside it. */
      firstParagraph: number;
      lastParagraph: number;
      rows: { header: boolean; cells: { text: string; paragraphs: number[]; span: number }[] }[];
      comments: PreviewComment[];
    };

export interface PreviewRegion {
  /** The region id from the tag `cr:live:<id>`. */
  id: string;
  title: string | null;
  blocks: PreviewBlock[];
}

/** The preview's body: blocks, some grouped in live regions. */
export type PreviewItem = { kind: 'block'; block: PreviewBlock } | { kind: 'region'; region: PreviewRegion };

function commentOf(thread: CommentThread): PreviewComment {
  return {
    id: thread.id,
    author: thread.author,
    text: thread.text,
    resolved: thread.resolved,
    replies: thread.replies.length,
  };
}

function tableBlock(table: Table, commentsAt: (p: number) => PreviewComment[]): PreviewBlock {
  const comments: PreviewComment[] = [];
  for (let p = table.firstParagraph; p <= table.lastParagraph; p++) comments.push(...commentsAt(p));
  return {
    kind: 'table',
    index: table.index,
    firstParagraph: table.firstParagraph,
    lastParagraph: table.lastParagraph,
    rows: table.rows.map((row) => ({
      header: row.header,
      cells: row.cells
        // A cell covered by the one above (vertical merge) shows nothing of its own.
        .filter((cell) => cell.vMerge !== 'continue')
        .map((cell) => ({ text: cell.text, paragraphs: cell.paragraphs, span: cell.gridSpan })),
    })),
    comments,
  };
}

/** The snapshot as preview items, in document order. */
export function previewOf(snapshot: ReportSnapshot): PreviewItem[] {
  const byParagraph = new Map<number, PreviewComment[]>();
  for (const thread of snapshot.comments) {
    if (thread.anchorParagraph === null) continue;
    const list = byParagraph.get(thread.anchorParagraph) ?? [];
    list.push(commentOf(thread));
    byParagraph.set(thread.anchorParagraph, list);
  }
  const commentsAt = (p: number) => byParagraph.get(p) ?? [];
  const picturesAt = new Map<number, PreviewPicture[]>();
  snapshot.pictures.forEach((picture, index) => {
    const list = picturesAt.get(picture.paragraph) ?? [];
    list.push({ index, name: picture.name, altText: picture.altText, decorative: picture.decorative });
    picturesAt.set(picture.paragraph, list);
  });
  // Only tables in the body start a table block; nested ones show as their cells' text.
  const tableStarting = new Map<number, Table>();
  for (const table of snapshot.tables) if (table.depth === 0) tableStarting.set(table.firstParagraph, table);
  const regions = snapshot.contentControls
    .filter((c) => !c.inline && c.tag?.startsWith(LIVE_TAG_PREFIX))
    .map((c) => ({
      control: c,
      region: { id: c.tag!.slice(LIVE_TAG_PREFIX.length), title: c.title, blocks: [] },
    }));

  const items: PreviewItem[] = [];
  let open: { lastParagraph: number; region: PreviewRegion } | null = null;
  for (let p = 0; p < snapshot.paragraphs.length;) {
    const paragraph = snapshot.paragraphs[p]!;
    const table = tableStarting.get(p);
    let block: PreviewBlock;
    let next: number;
    if (table) {
      block = tableBlock(table, commentsAt);
      next = table.lastParagraph + 1;
    } else {
      block = {
        kind: 'paragraph',
        index: p,
        text: paragraph.text,
        label: paragraph.list && paragraph.list.label !== '' ? paragraph.list.label : null,
        headingLevel: paragraph.headingLevel === null ? null : Math.min(paragraph.headingLevel, 6),
        bold: paragraph.boldOnly && paragraph.text.trim() !== '',
        comments: commentsAt(p),
        pictures: picturesAt.get(p) ?? [],
      };
      next = p + 1;
    }
    if (open && p > open.lastParagraph) open = null;
    if (!open) {
      const starting = regions.find((r) => r.control.firstParagraph === p);
      if (starting) {
        open = { lastParagraph: starting.control.lastParagraph, region: starting.region };
        items.push({ kind: 'region', region: starting.region });
      }
    }
    if (open) open.region.blocks.push(block);
    else items.push({ kind: 'block', block });
    p = next;
  }
  return items;
}

/**
 * The element to show for a selection of paragraph `index`: the paragraph, or inside a table the
 * cell holding it (or, failing that, the table).
 */
export function previewTarget(items: readonly PreviewItem[], index: number): string {
  for (const item of items) {
    const blocks = item.kind === 'block' ? [item.block] : item.region.blocks;
    for (const block of blocks) {
      if (block.kind !== 'table' || index < block.firstParagraph || index > block.lastParagraph) continue;
      for (const row of block.rows) {
        for (const cell of row.cells) {
          if (cell.paragraphs.includes(index) && cell.paragraphs[0] !== undefined)
            return previewId(cell.paragraphs[0]);
        }
      }
      return tablePreviewId(block.index);
    }
  }
  return previewId(index);
}

/** The element id of a paragraph (or of the table cell whose first paragraph it is) in the preview. */
export function previewId(paragraph: number): string {
  return `cr-preview-p${paragraph}`;
}

export function tablePreviewId(table: number): string {
  return `cr-preview-t${table}`;
}
