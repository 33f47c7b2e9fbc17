import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  section: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  heading: { margin: 0 },
  toggle: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    paddingLeft: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  chevron: { display: 'inline-block', width: '1em', transitionProperty: 'none' },
  panel: { paddingBottom: tokens.spacingVerticalM },
});

/**
 * A heading that shows or hides what is under it (the WAI-ARIA disclosure pattern: a button with
 * aria-expanded in the heading). Used instead of Fluent's Accordion, whose closing panel carries an
 * `inert` attribute React 18 does not know and warns about; what is hidden is simply not rendered.
 */
export function Disclosure({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <section className={styles.section}>
      <h3 className={styles.heading}>
        <Button
          appearance="transparent"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={() => setOpen(!open)}
          icon={
            <span aria-hidden="true" className={styles.chevron}>
              {open ? '▾' : '▸'}
            </span>
          }
        >
          {title}
        </Button>
      </h3>
      {open ? (
        <div id={panelId} className={styles.panel}>
          {children}
        </div>
      ) : null}
    </section>
  );
}
