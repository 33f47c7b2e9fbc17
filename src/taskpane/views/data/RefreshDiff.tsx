import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { RefreshResult } from './data-actions';
import { REFRESH_LABEL } from './describe-data';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  quiet: { margin: 0, color: tokens.colorNeutralForeground3 },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      textAlign: 'left',
    },
    '& th': { backgroundColor: tokens.colorNeutralBackground3 },
  },
  number: { textAlign: 'right' },
  caption: { captionSide: 'top', textAlign: 'left', fontWeight: tokens.fontWeightSemibold },
});

/** What the last refresh changed: every figure and cell, old → new, region by region. */
export function RefreshDiff({ result }: { result: RefreshResult }) {
  const styles = useStyles();
  return (
    <section aria-labelledby="cr-diff-heading" className={styles.section}>
      <Text as="h3" id="cr-diff-heading" size={300} weight="semibold" className={styles.heading}>
        What changed
      </Text>
      {result.outcomes.map((outcome) =>
        outcome.changes.length > 0 ? (
          <table key={outcome.id} className={styles.table}>
            <caption className={styles.caption}>
              {outcome.title} — {REFRESH_LABEL[outcome.status]}
            </caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Was</th>
                <th scope="col">Now</th>
              </tr>
            </thead>
            <tbody>
              {outcome.changes.map((change, i) => (
                <tr key={i}>
                  <th scope="row">{change.where}</th>
                  <td className={styles.number}>{change.from}</td>
                  <td className={styles.number}>{change.to}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <Text as="p" key={outcome.id} size={200} className={styles.quiet}>
            {outcome.title}: {REFRESH_LABEL[outcome.status]}
            {outcome.message ? ` — ${outcome.message}` : ''}
          </Text>
        ),
      )}
    </section>
  );
}
