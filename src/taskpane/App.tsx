import { makeStyles, tokens } from '@fluentui/react-components';
import { PaneHeader } from './components/PaneHeader';
import { ViewTabs } from './components/ViewTabs';
import type { DocumentState } from './document-state';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // A long name, email or path with no space breaks rather than widen a 320 px pane.
    overflowWrap: 'break-word',
  },
  main: { display: 'flex', flexDirection: 'column', paddingTop: tokens.spacingVerticalS },
});

/** The task pane: header with the document's state, then the three views. */
export function App({ documentState }: { documentState: DocumentState }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <PaneHeader documentState={documentState} />
      <main className={styles.main}>
        <ViewTabs />
      </main>
    </div>
  );
}
