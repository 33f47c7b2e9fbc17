import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** Where the browser workspace lives: beside the task pane page, on the add-in's own site. */
export const WORKSPACE_PAGE = 'workspace.html';

/**
 * Shown in place of a blank page when the pane is opened outside Word or Office.js did not load:
 * what happened in plain words, and the workspace, which needs no Word.
 */
export function OutsideWordNote({ reason }: { reason: 'no-office' | 'not-word' }) {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="outside-word-note">
      <MessageBarBody>
        <MessageBarTitle>
          {reason === 'no-office' ? 'Word could not be reached' : 'This page is not open in Word'}
        </MessageBarTitle>
        Council Report’s task pane works inside Word. Without Word, use the{' '}
        <Link href={WORKSPACE_PAGE} inline>
          Council Report workspace
        </Link>{' '}
        to check a .docx and work on it in this browser.
      </MessageBarBody>
    </MessageBar>
  );
}
