import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import type { PickedFile, SourceChoice } from './data-actions';
import type { SourceState } from './use-data-view';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalS },
  quiet: { margin: 0, color: tokens.colorNeutralForeground3 },
  paragraph: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  chosen: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
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

type Kind = SourceChoice['kind'];

/**
 * Where the figures come from: the bundled sample (the default, no network or files needed), the
 * force's police.uk CSV files, or the police.uk API for one district. `kind` is the radio chosen
 * (the view's state): the kind being set up or loading, else the kind of the source in use.
 */
export function SourcePicker({
  state,
  kind,
  disabled,
  onPickKind,
  onChoose,
  onCancel,
}: {
  state: SourceState | null;
  kind: Kind;
  disabled: boolean;
  onPickKind(kind: Kind): void;
  onChoose(choice: SourceChoice): void;
  onCancel(): void;
}) {
  const styles = useStyles();
  const section = useRef<HTMLElement>(null);
  const radios = useRef<HTMLDivElement>(null);
  const fileInputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<PickedFile[]>([]);
  const workbookInputId = useId();
  const workbookInput = useRef<HTMLInputElement>(null);
  const [workbook, setWorkbook] = useState<PickedFile | null>(null);
  const [district, setDistrict] = useState('');
  const [boundary, setBoundary] = useState('');
  const loading = state?.kind === 'loading';

  // A source that could not be loaded while another stays in use: the radio is back on the kind in
  // use (the view's state), so the files shown with it are the ones in use, and files that could not
  // be read are forgotten (the error bar names them). A district and boundary typed are kept, to try
  // again. The button pressed (Import, Open, Fetch, Stop) was disabled while loading or has gone with
  // its panel: keyboard focus goes to the radio in use rather than being lost to the page.
  useEffect(() => {
    if (state?.kind !== 'loaded' || !state.notLoaded) return;
    const refused = state.notLoaded.kind;
    if (refused === 'csv') setFiles([]);
    if (refused === 'workbook') setWorkbook(null);
    for (const input of [fileInput.current, workbookInput.current]) if (input) input.value = '';
    const inUse = state.choice;
    if (inUse.kind === 'csv') setFiles([...inUse.files]);
    if (inUse.kind === 'workbook') setWorkbook(inUse.file);
    const active = document.activeElement;
    if (!active || active === document.body || section.current?.contains(active)) {
      radios.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
    }
  }, [state]);

  return (
    <section ref={section} aria-labelledby="cr-data-source-heading" className={styles.group}>
      <Text as="h3" id="cr-data-source-heading" size={300} weight="semibold" className={styles.paragraph}>
        Data source
      </Text>
      <Field label="Where the figures come from">
        <RadioGroup
          ref={radios}
          value={kind}
          disabled={disabled || loading}
          onChange={(_, data) => {
            const next = data.value as Kind;
            onPickKind(next);
            if (next === 'sample') onChoose({ kind: 'sample' });
          }}
        >
          <Radio value="sample" label="Bundled sample (synthetic, not real figures)" />
          <Radio value="csv" label="police.uk CSV files" />
          <Radio value="police-api" label="police.uk API" />
          <Radio value="workbook" label="Spreadsheet (.xlsx, .ods)" />
        </RadioGroup>
      </Field>

      {kind === 'csv' && (
        <div className={styles.group}>
          {/* The browser's own "Choose Files" control, hidden: a Fluent button opens it, and the
              names chosen are listed in words. The input keeps its label for screen readers. */}
          <label htmlFor={fileInputId} className={styles.paragraph}>
            Street-level CSV files downloaded from police.uk (one a month; choose several)
          </label>
          <input
            ref={fileInput}
            id={fileInputId}
            type="file"
            accept=".csv,text/csv"
            multiple
            className={styles.visuallyHidden}
            tabIndex={-1}
            disabled={disabled || loading}
            onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
          />
          <div className={styles.row}>
            <Button disabled={disabled || loading} onClick={() => fileInput.current?.click()}>
              Choose CSV files…
            </Button>
          </div>
          <Text as="p" size={200} className={styles.chosen} aria-live="polite">
            {files.length === 0
              ? 'No files chosen yet.'
              : files.length === 1
                ? `Chosen: ${files[0]!.name}`
                : `Chosen: ${files.length} files, ${files[0]!.name} to ${files[files.length - 1]!.name}`}
          </Text>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={disabled || loading || files.length === 0}
              onClick={() => onChoose({ kind: 'csv', files })}
            >
              {files.length > 1 ? `Import ${files.length} files` : 'Import file'}
            </Button>
          </div>
        </div>
      )}

      {kind === 'police-api' && (
        <div className={styles.group}>
          <Field label="District" hint="As police.uk names it, e.g. Maidstone">
            <Input
              value={district}
              disabled={disabled || loading}
              onChange={(_, data) => setDistrict(data.value)}
            />
          </Field>
          <Field
            label="District boundary"
            hint="Points as police.uk takes them: lat,lng:lat,lng:… (from the force's neighbourhood boundaries)"
          >
            <Textarea
              value={boundary}
              disabled={disabled || loading}
              resize="vertical"
              onChange={(_, data) => setBoundary(data.value)}
            />
          </Field>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={disabled || loading || district.trim() === '' || boundary.trim() === ''}
              onClick={() =>
                onChoose({ kind: 'police-api', district: district.trim(), boundary: boundary.trim() })
              }
            >
              Fetch from police.uk
            </Button>
          </div>
        </div>
      )}

      {kind === 'workbook' && (
        <div className={styles.group}>
          <label htmlFor={workbookInputId} className={styles.paragraph}>
            A partner’s workbook (Excel .xlsx or LibreOffice .ods): its sheets, tables and named ranges
          </label>
          <input
            ref={workbookInput}
            id={workbookInputId}
            type="file"
            accept=".xlsx,.ods,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet"
            className={styles.visuallyHidden}
            tabIndex={-1}
            disabled={disabled || loading}
            onChange={(event) => setWorkbook(event.target.files?.[0] ?? null)}
          />
          <div className={styles.row}>
            <Button disabled={disabled || loading} onClick={() => workbookInput.current?.click()}>
              Choose a workbook…
            </Button>
          </div>
          <Text as="p" size={200} className={styles.chosen} aria-live="polite">
            {workbook ? `Chosen: ${workbook.name}` : 'No workbook chosen yet.'}
          </Text>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={disabled || loading || workbook === null}
              onClick={() => workbook && onChoose({ kind: 'workbook', file: workbook })}
            >
              Open workbook
            </Button>
          </div>
        </div>
      )}

      {state?.kind === 'loading' && (
        <div className={styles.row}>
          <Field label={state.stage} validationState="none" style={{ flexGrow: 1 }}>
            <ProgressBar value={state.fraction ?? undefined} max={1} />
          </Field>
          {state.choice.kind !== 'sample' && <Button onClick={onCancel}>Stop</Button>}
        </div>
      )}
      {state?.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {state.choice.kind === 'workbook'
                ? 'The workbook could not be read'
                : 'The data could not be loaded'}
            </MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {state?.kind === 'loaded' && (
        <>
          {state.notLoaded && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{state.notLoaded.name} could not be loaded</MessageBarTitle>
                {state.notLoaded.message} Nothing else changed: the data below is still in use.
              </MessageBarBody>
            </MessageBar>
          )}
          <Text as="p" size={200} className={styles.quiet}>
            Using: {state.source.label}
          </Text>
          {state.source.warnings.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Some rows were not used</MessageBarTitle>
                <ul className={styles.list}>
                  {state.source.warnings.map((warning, i) => (
                    <li key={i}>{warning}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </section>
  );
}
