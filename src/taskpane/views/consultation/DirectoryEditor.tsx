import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import {
  directoryProblems,
  organisationIdFor,
  type PartnerDirectory,
  type PartnerOrganisation,
} from '../../../core/consultation/directory';

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  organisation: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  problem: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});

/** An organisation as the form holds it: lists as text the officer types. */
interface Draft {
  id: string;
  name: string;
  domains: string;
  aliases: string;
  /** One person a line: "Name; initials; email". */
  people: string;
}

function toDraft(o: PartnerOrganisation): Draft {
  return {
    id: o.id,
    name: o.name,
    domains: o.domains.join(', '),
    aliases: o.aliases.join(', '),
    people: o.people.map((p) => [p.name, p.initials, p.email].join('; ')).join('\n'),
  };
}

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function fromDrafts(drafts: Draft[]): PartnerDirectory {
  return {
    organisations: drafts.map((d) => ({
      id: d.id,
      name: d.name.trim(),
      domains: list(d.domains).map((s) => s.toLowerCase()),
      aliases: list(d.aliases),
      people: d.people
        .split('\n')
        .map((line) => line.split(';').map((s) => s.trim()))
        .filter((parts) => parts.some(Boolean))
        .map(([name = '', initials = '', email = '']) => ({ name, initials, email })),
    })),
  };
}

/**
 * A one-line value that wraps instead of scrolling out of sight: a long organisation name or list
 * of short names stays readable in a 320 px pane. Line breaks typed in become spaces.
 */
function WrappingText({ value, onChange }: { value: string; onChange(value: string): void }) {
  return (
    <Textarea
      value={value}
      rows={Math.min(4, Math.max(1, Math.ceil(value.length / 32)))}
      resize="vertical"
      onChange={(_, data) => onChange(data.value.replace(/\r?\n/g, ' '))}
    />
  );
}

/** Edits the partner directory saved in this report. */
export function DirectoryEditor({
  directory,
  busy,
  onSave,
}: {
  directory: PartnerDirectory;
  busy: boolean;
  onSave(directory: PartnerDirectory): void;
}) {
  const styles = useStyles();
  const [drafts, setDrafts] = useState<Draft[]>(() => directory.organisations.map(toDraft));
  const problems = directoryProblems(fromDrafts(drafts));
  const change = (i: number, patch: Partial<Draft>) =>
    setDrafts(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  return (
    <div className={styles.editor}>
      {drafts.map((d, i) => (
        <fieldset key={d.id} className={styles.organisation}>
          <legend>{d.name || 'New organisation'}</legend>
          <Field label="Name">
            <WrappingText value={d.name} onChange={(name) => change(i, { name })} />
          </Field>
          <Field label="Email domains (comma-separated)">
            <WrappingText value={d.domains} onChange={(domains) => change(i, { domains })} />
          </Field>
          <Field label="Short names (comma-separated)">
            <WrappingText value={d.aliases} onChange={(aliases) => change(i, { aliases })} />
          </Field>
          <Field label="People, one a line: name; initials; email">
            <Textarea value={d.people} onChange={(_, data) => change(i, { people: data.value })} />
          </Field>
          <Button size="small" onClick={() => setDrafts(drafts.filter((_, j) => j !== i))}>
            Remove {d.name || 'this organisation'}
          </Button>
        </fieldset>
      ))}
      {problems.map((problem) => (
        <Text as="p" key={problem} className={styles.problem} role="alert">
          {problem}
        </Text>
      ))}
      <div className={styles.actions}>
        <Button
          onClick={() =>
            setDrafts([
              ...drafts,
              {
                id: organisationIdFor(`partner ${drafts.length + 1}`, fromDrafts(drafts)),
                name: '',
                domains: '',
                aliases: '',
                people: '',
              },
            ])
          }
        >
          Add an organisation
        </Button>
        <Button
          appearance="primary"
          disabled={busy || problems.length > 0}
          onClick={() => onSave(fromDrafts(drafts))}
        >
          Save the directory
        </Button>
      </div>
    </div>
  );
}
