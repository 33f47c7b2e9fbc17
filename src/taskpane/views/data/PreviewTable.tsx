import { makeStyles, tokens } from '@fluentui/react-components';
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
      // A partner's workbook can have more columns than a 320 px pane holds: the table then
      // narrows by breaking long cells rather than scrolling sideways (a table that fits is as before).
      overflowWrap: 'anywhere',
      hyphens: 'auto',
    },
    '& th': { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
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
      <table className={styles.table}>
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
                  <td key={c} className={align}>
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
