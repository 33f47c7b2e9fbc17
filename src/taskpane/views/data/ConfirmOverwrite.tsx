import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import type { PendingConfirm } from './use-data-view';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * Asked before a refresh would replace a region changed by hand: overwrite the changes, refresh
 * only the others, or cancel (Escape cancels too). It sits in the pane, next to the list, rather
 * than over the document: the officer may want to look at the region in Word before answering.
 * Focus moves to it when it appears.
 */
export function ConfirmOverwrite({
  pending,
  onResolve,
}: {
  pending: PendingConfirm | null;
  onResolve(choice: 'overwrite' | 'skip' | 'cancel'): void;
}) {
  const styles = useStyles();
  const titleId = useId();
  const bodyId = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pending) first.current?.focus();
  }, [pending]);
  if (!pending) return null;
  const edited = pending.edited;
  const one = edited.length === 1;
  const onlyEdited = pending.ids !== null && pending.ids.length === edited.length;
  return (
    <div
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onResolve('cancel');
      }}
    >
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id={titleId}>Overwrite changes made by hand?</MessageBarTitle>
          <span id={bodyId}>
            {one ? 'This region was' : `These ${edited.length} regions were`} changed by hand since
            {one ? ' it was' : ' they were'} last refreshed. Refreshing replaces those changes with the
            figures from the data.
          </span>
          <ul className={styles.list}>
            {edited.map((region) => (
              <li key={region.id}>{region.title}</li>
            ))}
          </ul>
        </MessageBarBody>
        <MessageBarActions>
          <Button ref={first} appearance="primary" onClick={() => onResolve('overwrite')}>
            Overwrite my changes
          </Button>
          {!onlyEdited && <Button onClick={() => onResolve('skip')}>Refresh the others only</Button>}
          <Button onClick={() => onResolve('cancel')}>Cancel</Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
