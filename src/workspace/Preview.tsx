/**
 * The workspace's readable preview of the document (not a Word rendering): headings, paragraphs
 * with their numbers, tables, pictures, live regions outlined, comment markers. Everything is
 * React text, so nothing from the document is ever read as HTML.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Fragment, useEffect, useMemo, type MouseEvent } from 'react';
import type { ReportSnapshot } from '../core/report/snapshot';
import {
  previewId,
  previewOf,
  previewTarget,
  tablePreviewId,
  type PreviewBlock,
  type PreviewComment,
} from './preview-model';

const useStyles = makeStyles({
  page: {
    maxWidth: '46rem',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow4,
    fontFamily: tokens.fontFamilyBase,
    lineHeight: tokens.lineHeightBase400,
  },
  block: {
    margin: `0 0 ${tokens.spacingVerticalS} 0`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    scrollMarginTop: '4rem',
  },
  empty: { minHeight: '0.75em' },
  heading: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase500 },
  bold: { fontWeight: tokens.fontWeightSemibold },
  label: { marginRight: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  selected: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  table: { borderCollapse: 'collapse', width: '100%', margin: `0 0 ${tokens.spacingVerticalM} 0` },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    textAlign: 'start',
    verticalAlign: 'top',
    whiteSpace: 'pre-wrap',
    scrollMarginTop: '4rem',
  },
  caption: { captionSide: 'bottom', textAlign: 'start' },
  headerCell: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  picture: {
    display: 'block',
    margin: `${tokens.spacingVerticalXS} 0`,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  image: { display: 'block', maxWidth: '100%', height: 'auto', backgroundColor: '#FFFFFF' },
  pictureNote: { display: 'block', marginTop: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200 },
  region: {
    margin: `0 0 ${tokens.spacingVerticalM} 0`,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorPaletteGreenBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  regionLabel: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  comment: {
    display: 'block',
    marginTop: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteYellowBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
  },
});

function Comments({ comments }: { comments: PreviewComment[] }) {
  const styles = useStyles();
  return (
    <>
      {comments.map((c) => (
        <span key={c.id} className={styles.comment} data-comment-id={c.id} role="note">
          {`Comment by ${c.author}${c.resolved ? ' (resolved)' : ''}: ${c.text}`}
          {c.replies > 0 ? ` (${c.replies} ${c.replies === 1 ? 'reply' : 'replies'})` : ''}
        </span>
      ))}
    </>
  );
}

function Block({
  block,
  selected,
  images,
}: {
  block: PreviewBlock;
  selected: number | null;
  images: ReadonlyMap<number, string>;
}) {
  const styles = useStyles();
  if (block.kind === 'table') {
    return (
      <table id={tablePreviewId(block.index)} className={styles.table}>
        {block.comments.length > 0 && (
          <caption className={styles.caption}>
            <Comments comments={block.comments} />
          </caption>
        )}
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.cells.map((cell, c) => {
                const Cell = row.header ? 'th' : 'td';
                const first = cell.paragraphs[0];
                const isSelected = selected !== null && cell.paragraphs.includes(selected);
                return (
                  <Cell
                    key={c}
                    id={first === undefined ? undefined : previewId(first)}
                    data-paragraph={first}
                    colSpan={cell.span > 1 ? cell.span : undefined}
                    scope={row.header ? 'col' : undefined}
                    className={mergeClasses(
                      styles.cell,
                      row.header && styles.headerCell,
                      isSelected && styles.selected,
                    )}
                    data-selected={isSelected || undefined}
                  >
                    {cell.text}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  const isSelected = selected === block.index;
  const className = mergeClasses(
    styles.block,
    block.text === '' && block.pictures.length === 0 && styles.empty,
    block.headingLevel !== null && styles.heading,
    block.bold && styles.bold,
    isSelected && styles.selected,
  );
  const content = (
    <>
      {block.label && <span className={styles.label}>{block.label}</span>}
      {block.text}
      {block.pictures.map((picture) => {
        const url = images.get(picture.index);
        const label = pictureLabel(picture);
        return (
          <span key={picture.index} className={styles.picture} role="img" aria-label={label}>
            {url ? <img src={url} alt="" className={styles.image} /> : label}
            {url && !picture.decorative && !picture.altText && (
              <span className={styles.pictureNote}>No alternative text</span>
            )}
          </span>
        );
      })}
      <Comments comments={block.comments} />
    </>
  );
  const common = {
    id: previewId(block.index),
    className,
    'data-paragraph': block.index,
    'data-selected': isSelected || undefined,
  };
  // Heading levels below the page's own (h1 workspace, h2 view) keep the outline in order.
  if (block.headingLevel !== null) {
    const Heading = `h${Math.min(block.headingLevel + 2, 6)}` as 'h3';
    return <Heading {...common}>{content}</Heading>;
  }
  return <p {...common}>{content}</p>;
}

function pictureLabel(picture: { name: string | null; altText: string | null; decorative: boolean }): string {
  if (picture.decorative) return 'Picture (decorative)';
  if (picture.altText) return `Picture: ${picture.altText}`;
  return `Picture${picture.name ? ` “${picture.name}”` : ''} with no alternative text`;
}

/** The preview; scrolls to `selected` (a paragraph index) whenever it changes. */
export function Preview({
  snapshot,
  images,
  selected,
  selectionCount,
  scrollToSelected = true,
  onChooseParagraph,
}: {
  snapshot: ReportSnapshot;
  /** Object URLs of the pictures' images, by index in the snapshot's pictures. */
  images: ReadonlyMap<number, string>;
  selected: number | null;
  /** Changes at every selection, so selecting the same paragraph again scrolls again. */
  selectionCount: number;
  /** False when the officer clicked the paragraph: it is in view already. */
  scrollToSelected?: boolean;
  /** A click on a paragraph puts the cursor there (the workspace's stand-in for Word's cursor). */
  onChooseParagraph?: (paragraph: number) => void;
}) {
  const styles = useStyles();
  const items = useMemo(() => previewOf(snapshot), [snapshot]);
  useEffect(() => {
    if (selected === null || !scrollToSelected) return;
    const element = document.getElementById(previewTarget(items, selected));
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [items, selected, selectionCount, scrollToSelected]);
  // Clicking anywhere in a paragraph or table cell chooses it (the article holds every block).
  const choose = (event: MouseEvent) => {
    const target = (event.target as Element | null)?.closest('[data-paragraph]');
    const paragraph = Number(target?.getAttribute('data-paragraph'));
    if (target && Number.isInteger(paragraph)) onChooseParagraph?.(paragraph);
  };
  return (
    <article
      className={styles.page}
      aria-label="Report text"
      onClick={onChooseParagraph ? choose : undefined}
    >
      {items.map((item, i) =>
        item.kind === 'block' ? (
          <Fragment key={i}>
            <Block block={item.block} selected={selected} images={images} />
          </Fragment>
        ) : (
          <div
            key={i}
            className={styles.region}
            role="group"
            aria-label={`Live region ${item.region.title ?? item.region.id}`}
            data-live-region={item.region.id}
          >
            <p className={styles.regionLabel}>{`Live region: ${item.region.title ?? item.region.id}`}</p>
            {item.region.blocks.map((block, j) => (
              <Block key={j} block={block} selected={selected} images={images} />
            ))}
          </div>
        ),
      )}
    </article>
  );
}
