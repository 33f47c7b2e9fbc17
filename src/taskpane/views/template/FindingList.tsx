import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../../core/template/finding';
import { SeverityMark } from '../../components/SeverityMark';
import { severityLabel } from './describe-check';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  finding: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    textAlign: 'start',
    width: '100%',
    fontWeight: tokens.fontWeightRegular,
  },
  excerpt: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
});

function FindingContent({ finding }: { finding: Finding }) {
  const styles = useStyles();
  return (
    <>
      <SeverityMark severity={finding.severity} label={severityLabel(finding.severity)} />
      <Text>{finding.message}</Text>
      {finding.excerpt && <Text className={styles.excerpt}>“{finding.excerpt}”</Text>}
    </>
  );
}

/**
 * A section's findings. One about a paragraph is a button that selects the paragraph in Word;
 * one about something absent has nowhere to go, so it is plain text.
 */
export function FindingList({
  findings,
  onSelect,
  disabled,
}: {
  findings: Finding[];
  onSelect(finding: Finding): void;
  disabled: boolean;
}) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {findings.map((finding, i) => (
        <li key={`${finding.rule}-${finding.paragraph ?? 'none'}-${i}`}>
          {finding.paragraph === null ? (
            <div className={styles.finding}>
              <FindingContent finding={finding} />
            </div>
          ) : (
            <Button
              appearance="subtle"
              className={styles.finding}
              disabled={disabled}
              onClick={() => onSelect(finding)}
              aria-description="Selects this paragraph in the report"
            >
              <FindingContent finding={finding} />
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
