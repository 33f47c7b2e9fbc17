/**
 * The Consultation view: partners' comments by section and partner, a filtered list where each
 * comment can be gone to, answered and resolved, the partner directory, the closing date and the
 * consultation summary in the report. Loaded on first use (see ViewTabs), so the pane opens fast.
 */
import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ConsultationReading } from '../../../app/consultation/consultation-use-cases';
import type { SummaryWritten } from '../../../app/consultation/summary-region';
import type { ConsultationComment } from '../../../core/consultation/consultation';
import type { ConsultationWriteOutcome } from '../../../core/report/host';
import { DEFAULT_TEMPLATE_ID } from '../../../core/template/templates';
import { Disclosure } from '../../components/Disclosure';
import { describeProblem } from '../../describe-problem';
import { useReportHost } from '../../report-host-context';
import { CommentItem, type ResponseInput } from './CommentItem';
import { hostConsultationActions, type ConsultationActions } from './consultation-actions';
import {
  ALL,
  NO_FILTERS,
  STATUS_LABELS,
  filterComments,
  optionsOf,
  partnerValue,
  sectionValue,
  type CommentFilters,
  type StatusFilter,
} from './consultation-filters';
import { CountTables } from './CountTables';
import { DirectoryEditor } from './DirectoryEditor';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  // Two filters side by side when the pane is wide enough, one under the other when it is not.
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
  },
  // Fluent's Dropdown asks for 250px; in a filter cell it takes the cell's width instead.
  dropdown: { minWidth: 0, width: '100%' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  paragraph: { margin: 0 },
  quiet: { margin: 0, color: tokens.colorNeutralForeground3 },
  // A reply Word did not post, to paste: on its own, without quotes, and one click selects it all
  // (a quote inside a sentence is fiddly to select exactly in a 320 px pane).
  paste: {
    display: 'block',
    marginTop: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    userSelect: 'all',
    overflowWrap: 'anywhere',
  },
});

type Phase =
  { kind: 'loading' } | { kind: 'ready'; reading: ConsultationReading } | { kind: 'failed'; message: string };

/** What the view says after a change: success, or a warning when Word left something undone. */
interface Notice {
  intent: 'success' | 'warning' | 'error';
  text: string;
  /** Texts for the officer to paste into Word, shown under the message, each on its own. */
  paste?: string[];
}

/**
 * After the summary is written. When Word did not write it as sent, the change was still made (the
 * summary and its record are in the report): a warning saying how to put it right, not an error.
 */
export function summaryNotice({ how, asSent }: SummaryWritten): Notice {
  const done =
    how === 'inserted'
      ? 'The consultation summary is inserted at the end of the Consultation Results section'
      : 'The consultation summary is refreshed';
  if (asSent) return { intent: 'success', text: `${done}.` };
  return {
    intent: 'warning',
    text:
      `${done}, but Word did not write it exactly as sent: part of it is missing or repeated. Press ` +
      '“Insert or refresh the summary” again to put it right, or press Undo (Ctrl+Z) until it is gone.',
  };
}

/**
 * After a response is recorded. Word on the web can refuse to post a reply from an add-in
 * (office-js #6720): the decision is still recorded, and the officer gets the reply's text to paste.
 */
export function recordedNotice(comment: ConsultationComment, outcome: ConsultationWriteOutcome): Notice {
  const who = comment.thread.author || 'the comment';
  const unposted = outcome.unpostedReplies;
  if (unposted.length === 0) return { intent: 'success', text: `Response recorded for ${who}.` };
  return {
    intent: 'warning',
    text:
      `Response recorded for ${who}, but Word did not post the reply in the comment thread. ` +
      'To add it, reply to the comment in Word and paste:',
    paste: unposted.map((reply) => reply.text),
  };
}

export interface ConsultationViewProps {
  /** For tests and the workspace; by default built from the injected host. */
  actions?: ConsultationActions;
  templateId?: string;
}

export default function ConsultationView({
  actions: given,
  templateId = DEFAULT_TEMPLATE_ID,
}: ConsultationViewProps) {
  const styles = useStyles();
  const loadHost = useReportHost();
  const actions = useMemo(
    () => given ?? (loadHost ? hostConsultationActions(loadHost) : null),
    [given, loadHost],
  );
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [filters, setFilters] = useState<CommentFilters>(NO_FILTERS);
  const [officer, setOfficer] = useState('Report author');
  const [hostKind, setHostKind] = useState<'docx' | 'word' | null>(null);

  const reload = useCallback(async () => {
    if (!actions) return;
    try {
      const reading = await actions.read(templateId);
      setPhase({ kind: 'ready', reading });
    } catch (error) {
      setPhase({ kind: 'failed', message: describeProblem(error) });
    }
  }, [actions, templateId]);

  useEffect(() => {
    void reload();
    void actions?.hostKind().then(setHostKind, () => setHostKind(null));
  }, [reload, actions]);

  /** Runs a change, then reads the report again; says what happened either way. */
  const change = async <T,>(
    work: () => Promise<T>,
    done: string | ((result: T) => string | Notice),
  ): Promise<boolean> => {
    setBusy(true);
    setNotice(null);
    try {
      const result = await work();
      await reload();
      const said = typeof done === 'string' ? done : done(result);
      setNotice(typeof said === 'string' ? { intent: 'success', text: said } : said);
      return true;
    } catch (error) {
      setNotice({ intent: 'error', text: describeProblem(error) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  if (!actions) {
    return (
      <Text as="p" className={styles.paragraph}>
        Open the report in Word (or in the Council Report workspace) to track partners’ comments here.
      </Text>
    );
  }
  if (phase.kind === 'loading') return <Spinner label="Reading the comments…" />;
  if (phase.kind === 'failed') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {phase.message}{' '}
          <Button size="small" onClick={() => void reload()}>
            Try again
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }

  const { reading } = phase;
  const comments = reading.consultation.comments;
  const shown = filterComments(comments, filters);
  const partnerOptions = optionsOf(comments, partnerValue, (c) => c.organisation);
  const sectionOptions = optionsOf(comments, sectionValue, (c) => c.placement.sectionTitle);
  const label = (options: { value: string; label: string }[], value: string, all: string) =>
    value === ALL ? all : (options.find((o) => o.value === value)?.label ?? all);
  const respond = (comment: ConsultationComment, input: ResponseInput) =>
    change(
      // Word writes replies as the signed-in user and does not tell us who that is.
      () => actions.record(reading, [{ comment, ...input }], hostKind === 'docx' ? officer : ''),
      (outcome) => recordedNotice(comment, outcome),
    );

  return (
    <div className={styles.view}>
      <div role="status" aria-live="polite">
        {notice ? (
          // data-intent: what the bar says it is (success, warning, error), for tests to read.
          <MessageBar intent={notice.intent} data-intent={notice.intent}>
            <MessageBarBody>
              {notice.text}
              {notice.paste?.map((text, i) => (
                <span key={i} className={styles.paste} data-testid="reply-to-paste">
                  {text}
                </span>
              ))}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {reading.warnings.map((warning) => (
        <MessageBar key={warning} intent="warning">
          <MessageBarBody>{warning}</MessageBarBody>
        </MessageBar>
      ))}
      <Text as="p" className={styles.paragraph} data-testid="summary-sentence">
        {reading.summary.sentence}
      </Text>
      {comments.length > 0 ? <CountTables summary={reading.summary} /> : null}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => void change(() => actions.writeSummary(reading, templateId), summaryNotice)}
        >
          Insert or refresh the summary
        </Button>
        <Button disabled={busy} onClick={() => void reload()}>
          Read the comments again
        </Button>
      </div>

      <Text as="h3" size={400} weight="semibold" className={styles.paragraph}>
        Comments ({shown.length} of {comments.length})
      </Text>
      <div className={styles.filters}>
        <Field label="Partner">
          <Dropdown
            className={styles.dropdown}
            value={label(partnerOptions, filters.partner, 'All partners')}
            selectedOptions={[filters.partner]}
            onOptionSelect={(_, d) => setFilters({ ...filters, partner: d.optionValue ?? ALL })}
          >
            <Option value={ALL}>All partners</Option>
            {partnerOptions.map((o) => (
              <Option key={o.value} value={o.value}>
                {o.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Section">
          <Dropdown
            className={styles.dropdown}
            value={label(sectionOptions, filters.section, 'All sections')}
            selectedOptions={[filters.section]}
            onOptionSelect={(_, d) => setFilters({ ...filters, section: d.optionValue ?? ALL })}
          >
            <Option value={ALL}>All sections</Option>
            {sectionOptions.map((o) => (
              <Option key={o.value} value={o.value}>
                {o.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Status">
          <Dropdown
            className={styles.dropdown}
            value={filters.status === ALL ? 'Any status' : STATUS_LABELS[filters.status]}
            selectedOptions={[filters.status]}
            onOptionSelect={(_, d) =>
              setFilters({ ...filters, status: (d.optionValue ?? ALL) as StatusFilter })
            }
          >
            <Option value={ALL}>Any status</Option>
            {Object.entries(STATUS_LABELS).map(([value, text]) => (
              <Option key={value} value={value}>
                {text}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Checkbox
          label="Late comments only"
          checked={filters.lateOnly}
          onChange={(_, d) => setFilters({ ...filters, lateOnly: d.checked === true })}
        />
      </div>
      {hostKind === 'docx' ? (
        <Field label="Replies are signed as">
          <Input value={officer} onChange={(_, d) => setOfficer(d.value)} />
        </Field>
      ) : null}
      {shown.length === 0 ? (
        <Text as="p" className={styles.quiet}>
          {comments.length === 0 ? 'This report has no comments.' : 'No comment matches these filters.'}
        </Text>
      ) : (
        <ul className={styles.list} aria-label="Comments">
          {shown.map((comment) => (
            <CommentItem
              key={comment.thread.id}
              comment={comment}
              directory={reading.consultation.directory}
              busy={busy}
              onSelect={() =>
                void actions
                  .select(reading, comment)
                  .catch((error: unknown) => setNotice({ intent: 'error', text: describeProblem(error) }))
              }
              onRespond={(input) => respond(comment, input)}
              onResolve={() =>
                void change(() => actions.resolve([comment]), 'The comment is marked resolved.')
              }
              onAssign={(id) =>
                void change(
                  () => actions.assign(reading, comment.authorKey, id),
                  assignedMessage(
                    comment.thread.author,
                    reading.consultation.directory.organisations.find((o) => o.id === id)?.name ?? null,
                  ),
                )
              }
            />
          ))}
        </ul>
      )}

      <div>
        <Disclosure title="Consultation window">
          <ClosingDate
            closes={reading.record.closes}
            busy={busy}
            onSave={(closes) =>
              void change(
                () => actions.setClosingDate(reading, closes),
                closes ? `The consultation closes on ${closes}.` : 'The closing date is cleared.',
              )
            }
          />
        </Disclosure>
        <Disclosure title="Partner directory">
          <DirectoryEditor
            key={JSON.stringify(reading.consultation.directory)}
            directory={reading.consultation.directory}
            busy={busy}
            onSave={(directory) =>
              void change(
                () => actions.saveDirectory(reading, directory),
                'The partner directory is saved in the report.',
              )
            }
          />
        </Disclosure>
      </div>
    </div>
  );
}

/** "A. Patel is now assigned to Kent Police." — the officer sees which organisation was chosen. */
function assignedMessage(author: string, organisation: string | null): string {
  const who = author || 'The author';
  return organisation === null ? `${who} is now unassigned.` : `${who} is now assigned to ${organisation}.`;
}

function ClosingDate({
  closes,
  busy,
  onSave,
}: {
  closes: string | null;
  busy: boolean;
  onSave(closes: string | null): void;
}) {
  const [value, setValue] = useState(closes ?? '');
  return (
    <div style={{ display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' }}>
      <Field label="Comments close on" hint="Comments made after this day are marked late.">
        <Input type="date" value={value} onChange={(_, d) => setValue(d.value)} />
      </Field>
      <Button disabled={busy} onClick={() => onSave(value === '' ? null : value)}>
        Save the closing date
      </Button>
    </div>
  );
}
