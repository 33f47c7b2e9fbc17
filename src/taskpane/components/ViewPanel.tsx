import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ViewInfo } from '../views';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  heading: { margin: 0 },
  paragraph: { margin: 0 },
  status: { margin: 0, color: tokens.colorNeutralForeground3 },
});

export const tabId = (view: ViewInfo['id']) => `cr-tab-${view}`;
export const panelId = (view: ViewInfo['id']) => `cr-panel-${view}`;

/** One view's panel: the view itself, or, until it arrives (or outside Word), what it will do. */
export function ViewPanel({ view, children }: { view: ViewInfo; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <section
      role="tabpanel"
      id={panelId(view.id)}
      aria-labelledby={tabId(view.id)}
      tabIndex={0}
      className={styles.panel}
    >
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {view.heading}
      </Text>
      {children ?? (
        <>
          <Text as="p" className={styles.paragraph}>
            {view.purpose}
          </Text>
          <Text as="p" size={200} className={styles.status}>
            {view.status}
          </Text>
        </>
      )}
    </section>
  );
}
