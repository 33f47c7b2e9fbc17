import { makeStyles, tokens } from '@fluentui/react-components';
import { partnerColumns, type ConsultationSummary } from '../../../core/consultation/summary';

const useStyles = makeStyles({
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: 'right',
    },
    '& th:first-child, & td:first-child': { textAlign: 'left' },
    '& thead th': { verticalAlign: 'bottom' },
  },
  // A narrow task pane cannot fit seven columns: the partner table scrolls sideways instead of
  // being cut off (focusable, so keyboard users can scroll it too).
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
});

/** Counts by section and by partner, as real tables (header cells scoped for screen readers). */
export function CountTables({ summary }: { summary: ConsultationSummary }) {
  const styles = useStyles();
  const columns = partnerColumns(summary);
  return (
    <>
      <table className={styles.table}>
        <caption className={styles.caption}>Comments by section</caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">Comments</th>
            <th scope="col">Need a response</th>
          </tr>
        </thead>
        <tbody>
          {summary.bySection.map((s) => (
            <tr key={s.id ?? '-'}>
              <th scope="row">{s.title}</th>
              <td>{s.total}</td>
              <td>{s.unresolved}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.scroll} role="region" aria-label="Comments by partner" tabIndex={0}>
        <table className={styles.table}>
          <caption className={styles.caption}>Comments by partner</caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              {columns.map((c) => (
                <th scope="col" key={c.short} title={c.header}>
                  {c.short}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summary.byPartner.map((p) => (
              <tr key={p.id ?? '-'}>
                <th scope="row">{p.name}</th>
                {columns.map((c) => (
                  <td key={c.short}>{c.count(p)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
