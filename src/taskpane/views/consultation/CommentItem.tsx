import {
  Badge,
  Button,
  Checkbox,
  Dropdown,
  Field,
  Option,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { MAX_RESPONSE_LENGTH } from '../../../app/consultation/consultation-use-cases';
import type { ConsultationComment } from '../../../core/consultation/consultation';
import type { PartnerDirectory } from '../../../core/consultation/directory';
import { DISPOSITIONS, type Disposition } from '../../../core/state/consultation-record';
import { DISPOSITION_LABELS, excerpt } from './consultation-filters';
import { commentHeading } from './comment-heading';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  reply: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface ResponseInput {
  status: Disposition;
  response: string;
  reply: boolean;
  resolve: boolean;
}

/**
 * The form as the officer left it. No decision is made for them: an open comment starts with no
 * disposition chosen and nothing ticked, and Save refuses until one is chosen. Once they choose,
 * the boxes they have not touched take the usual follow-up (reply and resolve for a decision,
 * neither for "Open"); a box they ticked or cleared keeps their choice.
 */
interface ResponseForm {
  status: Disposition | null;
  response: string;
  reply: boolean;
  resolve: boolean;
  touchedReply: boolean;
  touchedResolve: boolean;
  /** Save was pressed with no disposition chosen. */
  missingStatus: boolean;
}

function initialForm(comment: ConsultationComment): ResponseForm {
  // A decision already recorded was made by someone: the form starts from it.
  const decided = comment.disposition !== 'open';
  return {
    status: decided ? comment.disposition : null,
    response: comment.record?.response ?? '',
    reply: false,
    resolve: false,
    touchedReply: false,
    touchedResolve: false,
    missingStatus: false,
  };
}

/** The form after choosing a disposition: untouched boxes follow the choice. */
function chooseDisposition<F extends Omit<ResponseForm, 'response'>>(
  form: F,
  status: Disposition,
  resolved: boolean,
): F {
  const decision = status !== 'open';
  return {
    ...form,
    status,
    missingStatus: false,
    reply: form.touchedReply ? form.reply : decision,
    resolve: form.touchedResolve ? form.resolve : decision && !resolved,
  };
}

interface Props {
  comment: ConsultationComment;
  directory: PartnerDirectory;
  busy: boolean;
  onSelect(): void;
  onRespond(input: ResponseInput): Promise<boolean>;
  onResolve(): void;
  onAssign(organisationId: string | null): void;
}

/** One comment: who, where, what, its state, and what can be done with it. */
export function CommentItem({ comment, directory, busy, onSelect, onRespond, onResolve, onAssign }: Props) {
  const styles = useStyles();
  const [responding, setResponding] = useState(false);
  const [input, setInput] = useState<ResponseForm>(() => initialForm(comment));
  const dispositionRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const thread = comment.thread;
  const response = comment.record?.response ?? '';
  const where = comment.placement.row
    ? `${comment.placement.sectionTitle} — ${comment.placement.row}`
    : comment.placement.sectionTitle;

  return (
    <li className={styles.item} aria-labelledby={headingId}>
      <Text as="h4" id={headingId} weight="semibold" size={300} style={{ margin: 0 }}>
        {commentHeading(excerpt(thread.author, 80), comment.organisation)}
      </Text>
      <div className={styles.meta}>
        <Text size={200}>{where}</Text>
        {/* Open means what every count means: unresolved and no decision recorded. */}
        <Badge
          appearance="tint"
          color={comment.unresolved ? 'warning' : comment.disposition === 'open' ? 'informative' : 'success'}
        >
          {comment.disposition === 'open' && !comment.unresolved
            ? 'Closed without decision'
            : DISPOSITION_LABELS[comment.disposition]}
        </Badge>
        {thread.resolved ? <Badge appearance="outline">Resolved in Word</Badge> : null}
        {comment.late ? (
          <Badge appearance="tint" color="danger">
            Late
          </Badge>
        ) : null}
      </div>
      <Text as="p" className={styles.text}>
        {excerpt(thread.text)}
      </Text>
      {thread.replies.map((reply, i) => (
        <Text as="p" size={200} key={i} className={styles.reply}>
          ↳ {excerpt(reply.author, 80)}: {excerpt(reply.text, 200)}
        </Text>
      ))}
      {/* Shown once: not again when the response was posted as a reply (the reply says it). */}
      {response !== '' && !thread.replies.some((r) => r.text.includes(response)) ? (
        <Text as="p" size={200} className={styles.reply}>
          Response: {excerpt(response, 300)}
        </Text>
      ) : null}
      <div className={styles.actions}>
        <Button size="small" disabled={busy || thread.anchorParagraph === null} onClick={onSelect}>
          Go to text
        </Button>
        <Button
          size="small"
          disabled={busy}
          aria-expanded={responding}
          onClick={() => {
            // Opened afresh each time: a choice abandoned with Cancel is not kept.
            if (!responding) setInput(initialForm(comment));
            setResponding(!responding);
          }}
        >
          Respond
        </Button>
        {!thread.resolved ? (
          <Button size="small" disabled={busy} onClick={onResolve}>
            Resolve
          </Button>
        ) : null}
      </div>
      {comment.organisationId === null || comment.matchedBy === 'assigned' ? (
        <Field
          label={`Organisation of ${excerpt(thread.author || 'this author', 60)} (all their comments)`}
          size="small"
        >
          <Dropdown
            size="small"
            disabled={busy}
            value={comment.organisation}
            selectedOptions={[comment.organisationId ?? '']}
            onOptionSelect={(_, data) => onAssign(data.optionValue ? data.optionValue : null)}
          >
            <Option value="">Unassigned</Option>
            {directory.organisations.map((o) => (
              <Option key={o.id} value={o.id}>
                {o.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : null}
      {responding ? (
        <form
          className={styles.form}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const status = input.status;
            if (status === null) {
              setInput({ ...input, missingStatus: true });
              // To the choice itself, so a keyboard or screen-reader user lands where to act.
              dispositionRef.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
              return;
            }
            const chosen: ResponseInput = {
              status,
              response: input.response,
              reply: input.reply && status !== 'open',
              resolve: input.resolve && !thread.resolved,
            };
            void onRespond(chosen).then((done) => {
              if (done) setResponding(false);
            });
          }}
        >
          <Field
            label="Disposition"
            required
            validationState={input.missingStatus ? 'error' : 'none'}
            validationMessage={
              input.missingStatus
                ? 'Choose a disposition before saving: nothing is recorded until you do.'
                : undefined
            }
          >
            {/* One under the other: five choices side by side are wider than a task pane. */}
            <RadioGroup
              ref={dispositionRef}
              layout="vertical"
              value={input.status ?? ''}
              onChange={(_, data) =>
                setInput(chooseDisposition(input, data.value as Disposition, thread.resolved))
              }
            >
              {DISPOSITIONS.map((d) => (
                <Radio key={d} value={d} label={DISPOSITION_LABELS[d]} />
              ))}
            </RadioGroup>
          </Field>
          <Field
            label="Response to the partner"
            validationState={input.response.length > MAX_RESPONSE_LENGTH ? 'error' : 'none'}
            validationMessage={
              input.response.length > MAX_RESPONSE_LENGTH
                ? `Keep it under ${MAX_RESPONSE_LENGTH.toLocaleString('en-GB')} characters.`
                : undefined
            }
          >
            <Textarea
              value={input.response}
              onChange={(_, data) => setInput({ ...input, response: data.value })}
            />
          </Field>
          <Checkbox
            checked={input.reply && input.status !== 'open'}
            disabled={input.status === 'open'}
            label="Post the response as a reply in the comment"
            onChange={(_, data) => setInput({ ...input, reply: data.checked === true, touchedReply: true })}
          />
          {!thread.resolved ? (
            <Checkbox
              checked={input.resolve}
              label="Mark the comment resolved"
              onChange={(_, data) =>
                setInput({ ...input, resolve: data.checked === true, touchedResolve: true })
              }
            />
          ) : null}
          <div className={styles.actions}>
            <Button
              type="submit"
              appearance="primary"
              disabled={busy || input.response.length > MAX_RESPONSE_LENGTH}
            >
              Save response
            </Button>
            <Button onClick={() => setResponding(false)}>Cancel</Button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
