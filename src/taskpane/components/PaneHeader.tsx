import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { describeDocumentState, type DocumentState } from '../document-state';
import { OutsideWordNote } from './OutsideWordNote';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function PaneHeader({ documentState }: { documentState: DocumentState }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        Council Report
      </Text>
      <Text
        as="p"
        size={200}
        role="status"
        className={
          documentState.kind === 'ready' || documentState.kind === 'workspace' ? undefined : styles.warning
        }
        data-testid="document-state"
      >
        {describeDocumentState(documentState)}
      </Text>
      {documentState.kind === 'outside-word' && documentState.reason ? (
        <OutsideWordNote reason={documentState.reason} />
      ) : null}
    </header>
  );
}
