import {
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReportHost } from '../../core/report/host';
import { useReportHost } from '../report-host-context';

/**
 * When the report has Track Changes on, says so before anything is inserted or refreshed and lets
 * the officer choose whether Council Report's writes show as tracked changes (Word's default) or
 * are written with tracking switched off for the change and back on after it. Shown only by a host
 * that can tell (Word); the choice is the host's `trackWrites`, kept while the pane is open.
 */
const useStyles = makeStyles({
  // The box lines up with the message's text above it (Fluent indents it by its own margin).
  indicator: { marginLeft: tokens.spacingHorizontalNone },
});

export function TrackChangesChoice() {
  const styles = useStyles();
  const loadHost = useReportHost();
  const [host, setHost] = useState<ReportHost | null>(null);
  const [tracked, setTracked] = useState(true);

  useEffect(() => {
    if (!loadHost) return undefined;
    let live = true;
    void (async () => {
      try {
        const h = await loadHost();
        if (!h.readTrackChanges || !(await h.readTrackChanges()) || !live) return;
        setTracked(h.trackWrites ?? true);
        setHost(h);
      } catch {
        // Not knowing only means not asking: Word's default (tracked) applies.
      }
    })();
    return () => {
      live = false;
    };
  }, [loadHost]);

  if (!host) return null;
  return (
    <MessageBar intent="info" layout="multiline" aria-label="Track Changes">
      <MessageBarBody>
        <MessageBarTitle>Track Changes is on</MessageBarTitle>
        <div>
          Tables, figures and sections Council Report inserts or refreshes show as tracked changes unless you
          untick this. Tracking stays on for everything else.
        </div>
        <Checkbox
          checked={tracked}
          label="Write them as tracked changes"
          indicator={{ className: styles.indicator }}
          onChange={(_, data) => {
            const value = data.checked === true;
            host.trackWrites = value;
            setTracked(value);
          }}
        />
      </MessageBarBody>
    </MessageBar>
  );
}
