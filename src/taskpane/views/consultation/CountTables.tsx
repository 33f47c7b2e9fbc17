import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ConsultationSummary, PartnerCounts } from '../../../core/consultation/summary';

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
    '& th:first-child, & td:first-child': { textAlign: 'left', overflowWrap: 'anywhere' },
    '& thead th': { verticalAlign: 'bottom' },
  },
  // The decisions are words that wrap, so the table fits a 320 px pane without scrolling.
  partners: { '& th:last-child, & td:last-child': { textAlign: 'left' } },
  decisions: { color: tokens.colorNeutralForeground2 },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
});

/** Counts by section and by partner, as real tables (header cells scoped for screen readers). */
export function CountTables({ summary }: { summary: ConsultationSummary }) {
  const styles = useStyles();
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
      {/* The count an officer needs first (still open) next to the name; the decisions as words. */}
      <table className={mergeClasses(styles.table, styles.partners)}>
        <caption className={styles.caption}>Comments by partner</caption>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            <th scope="col">Open</th>
            <th scope="col">Received</th>
            <th scope="col">Decided</th>
          </tr>
        </thead>
        <tbody>
          {summary.byPartner.map((p) => (
            <tr key={p.id ?? '-'}>
              <th scope="row">{p.name}</th>
              <td>{p.open}</td>
              <td>{p.received}</td>
              <td className={styles.decisions}>{decisionWords(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** "2 accepted, 1 noted"; "none" while every comment is open. */
export function decisionWords(p: PartnerCounts): string {
  const parts = [
    [p.accepted, 'accepted'],
    [p.partlyAccepted, 'partly accepted'],
    [p.notAccepted, 'not accepted'],
    [p.noted, 'noted'],
    [p.resolved, 'closed without a decision'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, words]) => `${n} ${words}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}
