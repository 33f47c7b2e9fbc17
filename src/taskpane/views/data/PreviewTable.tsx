import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { PreviewColumn, PreviewRow } from './data-actions';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    },
    '& th': { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  },
  /**
   * A partner's workbook can have more columns than a 320 px pane holds: such a table narrows, in
   * smaller text, by breaking long words in its column headers and text cells (hyphenated where
   * the language allows) rather than scrolling sideways. Figures are never broken: "1,302" split
   * over two lines would misread. Tables of up to five columns, as every crime-data table is, keep whole
   * numbers and words at the normal size.
   */
  wide: {
    fontSize: tokens.fontSizeBase100,
    '& th, & td': { overflowWrap: 'anywhere', hyphens: 'auto' },
    '& td.figure': { overflowWrap: 'normal', whiteSpace: 'nowrap' },
    // A row's name ("Shepway North") breaks between its words; only a word too long for the
    // column on its own is broken.
    '& tbody th': { overflowWrap: 'break-word' },
  },
  caption: {
    captionSide: 'top',
    textAlign: 'left',
    paddingBottom: tokens.spacingVerticalXS,
    fontStyle: 'italic',
  },
  right: { textAlign: 'right' },
  left: { textAlign: 'left' },
  total: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  highlight: { backgroundColor: tokens.colorBrandBackground2, fontWeight: tokens.fontWeightSemibold },
  bold: { fontWeight: tokens.fontWeightSemibold },
});

/** Columns a 320 px pane shows without breaking a word (the crime-data tables have five). */
const WHOLE_WORDS_UP_TO = 5;

/**
 * A live table as an HTML table with the same numbers Word will get: a caption, column headers
 * (th scope="col"), the first cell of each row as its row header, numbers right-aligned.
 */
export function PreviewTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly PreviewColumn[];
  rows: readonly PreviewRow[];
}) {
  const styles = useStyles();
  const rowClass = (row: PreviewRow) =>
    row.kind === 'total'
      ? styles.total
      : row.emphasis === 'highlight'
        ? styles.highlight
        : row.emphasis === 'bold'
          ? styles.bold
          : undefined;
  return (
    <div className={styles.wrap}>
      <table className={mergeClasses(styles.table, columns.length > WHOLE_WORDS_UP_TO && styles.wide)}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={column.align === 'right' ? styles.right : styles.left}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className={rowClass(row)}>
              {row.cells.map((cell, c) => {
                const align = columns[c]?.align === 'right' ? styles.right : styles.left;
                return c === 0 ? (
                  <th key={c} scope="row" className={align}>
                    {cell}
                  </th>
                ) : (
                  <td key={c} className={columns[c]?.align === 'right' ? `${align} figure` : align}>
                    {cell}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
