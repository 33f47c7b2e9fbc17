import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  ProgressBar,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { BUILT_IN_TEMPLATES } from '../../../core/template/templates';
import { Checklist } from './Checklist';
import { describeResult } from './describe-check';
import type { TemplateEnvironment } from './template-actions';
import { rememberTemplate, rememberedTemplate } from './template-choice';
import { useTemplateCheck } from './use-template-check';
import { WordFeaturesNote } from './WordFeaturesNote';
import { TrackChangesChoice } from '../../components/TrackChangesChoice';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  controls: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  paragraph: { margin: 0 },
  quiet: { margin: 0, color: tokens.colorNeutralForeground3 },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

const TEMPLATES = Object.values(BUILT_IN_TEMPLATES);

/** "… (2018), final check" / "… (2018), not final": what a check was run for. */
function checkName(settings: { templateId: string; final: boolean }): string {
  const name = BUILT_IN_TEMPLATES[settings.templateId]?.name ?? settings.templateId;
  return `${name}, ${settings.final ? 'final check' : 'not final'}`;
}

/** The Template view: choose the template, check the report, then work through the checklist. */
export function TemplateView({ environment }: { environment: TemplateEnvironment }) {
  const styles = useStyles();
  const { actions, documentKey, missingFeatures } = environment;
  const [templateId, setTemplateId] = useState(() => rememberedTemplate(documentKey));
  const [final, setFinal] = useState(false);
  const check = useTemplateCheck(actions);
  const { state, busy, notice } = check;
  const working = state.kind === 'checking' || busy !== null;
  const template = BUILT_IN_TEMPLATES[templateId];

  return (
    <div className={styles.view}>
      <div className={styles.controls}>
        <Field label="Template">
          <Dropdown
            value={template?.name ?? templateId}
            selectedOptions={[templateId]}
            disabled={working}
            onOptionSelect={(_, data) => {
              if (!data.optionValue) return;
              setTemplateId(data.optionValue);
              rememberTemplate(documentKey, data.optionValue);
            }}
          >
            {TEMPLATES.map((spec) => (
              <Option key={spec.id} value={spec.id}>
                {spec.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Switch
          checked={final}
          disabled={working}
          onChange={(_, data) => setFinal(data.checked)}
          label="Final check before committee (open comments count as errors)"
        />
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={working}
            onClick={() => void check.check({ templateId, final })}
          >
            Check report
          </Button>
        </div>
      </div>

      <WordFeaturesNote missing={missingFeatures} />

      {/* After a check (the host is loaded by then): asked before a missing section is added. */}
      {state.kind === 'checked' && <TrackChangesChoice />}

      {/* Everything worth hearing, said once: progress stages, results, outcomes of fixes. */}
      <div role="status" aria-live="polite" className={styles.visuallyHidden} data-testid="announcer">
        {check.announcement}
      </div>

      {state.kind === 'not-checked' && (
        <Text as="p" className={styles.quiet}>
          Not checked yet. Choose the template and select Check report.
        </Text>
      )}

      {state.kind === 'checking' && (
        <Field label="Checking the report" validationMessage={state.stage} validationState="none">
          <ProgressBar value={state.fraction} max={1} />
        </Field>
      )}

      {state.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The check did not finish</MessageBarTitle>
            {state.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void check.check({ templateId, final })}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {busy && (
        <Field label={busy}>
          <ProgressBar />
        </Field>
      )}

      {notice && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>{notice.text}</MessageBarBody>
          {notice.intent === 'error' && (
            <MessageBarActions>
              <Button disabled={working} onClick={() => void check.check({ templateId, final })}>
                Check again
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}

      {state.kind === 'checked' && (
        <section aria-labelledby="cr-result-heading" className={styles.view}>
          <Text as="h3" id="cr-result-heading" size={400} weight="semibold" className={styles.heading}>
            Result
          </Text>
          {(state.settings.templateId !== templateId || state.settings.final !== final) && (
            // The choices above changed since the check: this result is not for them.
            <MessageBar intent="warning" layout="multiline" data-testid="stale-result">
              <MessageBarBody>
                <MessageBarTitle>Result out of date</MessageBarTitle>
                The result below is for {checkName(state.settings)}. Check again for the template and setting
                chosen now.
              </MessageBarBody>
              <MessageBarActions>
                <Button disabled={working} onClick={() => void check.check({ templateId, final })}>
                  Check again
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          <Text as="p" className={styles.paragraph}>
            Checked against {BUILT_IN_TEMPLATES[state.settings.templateId]?.name ?? state.settings.templateId}
            {state.settings.final ? ' (final check)' : ''}. {describeResult(state.checked.result)}
          </Text>
          {state.checked.result.findings.length === 0 && (
            <MessageBar intent="success">
              <MessageBarBody>
                The report follows the template: every section is there and complete.
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button disabled={working} onClick={() => void check.protectHeadings()}>
              Protect section headings
            </Button>
            {state.protectedHeadings > 0 && (
              <Button disabled={working} onClick={() => void check.removeProtection()}>
                Remove protection
              </Button>
            )}
          </div>
          <Checklist
            result={state.checked.result}
            busy={working}
            onSelectFinding={(finding) => void check.goToFinding(finding)}
            onInsertSection={(sectionId, title) => void check.insertSection(sectionId, title)}
          />
        </section>
      )}
    </div>
  );
}
