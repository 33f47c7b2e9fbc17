import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { MissingFeature } from './template-actions';

/** "About this Word": what this Word lacks above the minimum, and what that means, in plain words. */
export function WordFeaturesNote({ missing }: { missing: MissingFeature[] }) {
  if (missing.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline" aria-label="About this Word">
      <MessageBarBody>
        <MessageBarTitle>About this Word</MessageBarTitle>
        {missing.map((feature) => (
          <span key={feature.set}>
            {' '}
            It lacks {feature.set}: {feature.meaning}
          </span>
        ))}{' '}
        Updating Office fixes this.
      </MessageBarBody>
    </MessageBar>
  );
}
