import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  ProgressBar,
  Spinner,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useContext, useEffect, useRef, useState } from 'react';
import { TrackChangesChoice } from '../../components/TrackChangesChoice';
import { ConfirmOverwrite } from './ConfirmOverwrite';
import { InsertionPointContext, type DataActions, type ElementPreview } from './data-actions';
import { monthLabel, monthsNewestFirst } from './describe-data';
import { PreviewTable } from './PreviewTable';
import { RefreshDiff } from './RefreshDiff';
import { RegionList } from './RegionList';
import { SourcePicker } from './SourcePicker';
import { useDataView } from './use-data-view';
import { WorkbookFields } from './WorkbookFields';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  paragraph: { margin: 0 },
  quiet: { margin: 0, color: tokens.colorNeutralForeground3 },
  picture: { maxWidth: '100%', height: 'auto' },
  chart: { width: '100%' },
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

function Preview({ preview }: { preview: ElementPreview }) {
  const styles = useStyles();
  if (preview.kind === 'table') {
    return (
      <div className={styles.group}>
        <PreviewTable caption={preview.caption} columns={preview.columns} rows={preview.rows} />
        <Text as="p" size={200} className={styles.quiet}>
          Source: {preview.source}
        </Text>
      </div>
    );
  }
  if (preview.kind === 'figure') {
    return (
      <div className={styles.group}>
        <Text as="p" className={styles.paragraph}>
          {preview.text}
        </Text>
        <Text as="p" size={200} className={styles.quiet}>
          Source: {preview.source}
        </Text>
      </div>
    );
  }
  return (
    <figure className={styles.group} style={{ margin: 0 }}>
      {preview.drawAt ? (
        <ChartAtPaneWidth draw={preview.drawAt} altText={preview.altText} />
      ) : preview.imageUrl ? (
        <img src={preview.imageUrl} alt={preview.altText} className={styles.picture} />
      ) : (
        <Text as="p">{preview.altText}</Text>
      )}
      <figcaption>
        {preview.caption} — Source: {preview.source}
      </figcaption>
      {preview.note && (
        <Text as="p" size={200} className={styles.quiet}>
          {preview.note} To draw other columns, name them under “Columns to chart”.
        </Text>
      )}
    </figure>
  );
}

/**
 * A chart preview drawn for the width the pane gives it and shown at 1:1, so its text is as large
 * as it is drawn (10 px and up) rather than a print-size picture shrunk to a third. Drawn again
 * when the pane is widened or narrowed by more than a few pixels.
 */
function ChartAtPaneWidth({ draw, altText }: { draw: (width: number) => Promise<string>; altText: string }) {
  const styles = useStyles();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [drawn, setDrawn] = useState<{ url: string; width: number } | 'failed' | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setWidth((w) => (Math.abs(element.clientWidth - w) > 8 ? element.clientWidth : w));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (width <= 0) return;
    let current = true;
    draw(width).then(
      (url) => current && setDrawn({ url, width }),
      () => current && setDrawn('failed'),
    );
    return () => {
      current = false;
    };
  }, [draw, width]);
  return (
    <div ref={box} className={styles.chart}>
      {drawn === null ? (
        <Spinner size="tiny" label="Drawing the chart" />
      ) : drawn === 'failed' ? (
        <Text as="p">{altText}</Text>
      ) : (
        <img src={drawn.url} alt={altText} className={styles.picture} />
      )}
    </div>
  );
}

/**
 * The Data view: choose the data, pick an element and preview it, insert it at the cursor or into
 * a section, and keep the report's live regions up to date.
 */
export function DataView({ actions }: { actions: DataActions }) {
  const styles = useStyles();
  const insertionPoint = useContext(InsertionPointContext);
  const view = useDataView(actions, insertionPoint);
  const [sectionId, setSectionId] = useState('');
  const { source, preview } = view;
  const working = view.busy !== null || source?.kind === 'loading';
  const loaded = source?.kind === 'loaded' ? source.source : null;
  const contents = loaded?.workbook ?? null;
  const months = loaded && !contents ? monthsNewestFirst(loaded.earliestMonth, loaded.latestMonth) : [];
  const olderPeriod = loaded !== null && view.periodEnd !== '' && view.periodEnd !== loaded.latestMonth;
  // A workbook offers the spreadsheet elements; the crime data the others.
  const offered = view.elements.filter((e) => (e.fromWorkbook === true) === (contents !== null));
  const element = offered.find((e) => e.name === view.element);
  const ready =
    loaded !== null &&
    element !== undefined &&
    (contents
      ? contents.sheets.length > 0 && (view.workbook.cells !== 'range' || view.workbook.range.trim() !== '')
      : view.area !== '' && view.periodEnd !== '');
  const fromFile = useRef<HTMLInputElement>(null);
  const workbookElements = new Set(view.elements.filter((e) => e.fromWorkbook).map((e) => e.name));
  const hasWorkbookRegions = (view.regions ?? []).some((r) => workbookElements.has(r.element));
  const section = view.sections.find((s) => s.id === sectionId);

  return (
    <div className={styles.view}>
      <div role="status" aria-live="polite" className={styles.visuallyHidden} data-testid="data-announcer">
        {view.announcement}
      </div>

      <TrackChangesChoice />

      <SourcePicker
        state={source}
        kind={view.pickerKind}
        onPickKind={view.pickSourceKind}
        disabled={view.busy !== null}
        onChoose={(choice) => void view.chooseSource(choice)}
        onCancel={view.cancelLoad}
      />

      <section aria-labelledby="cr-element-heading" className={styles.group}>
        <Text as="h3" id="cr-element-heading" size={300} weight="semibold" className={styles.heading}>
          Insert a live table or figure
        </Text>
        <Field label="Element">
          <Dropdown
            value={element?.label ?? ''}
            selectedOptions={view.element ? [view.element] : []}
            disabled={working || offered.length === 0}
            onOptionSelect={(_, data) => data.optionValue && view.setElement(data.optionValue)}
          >
            {offered.map((e) => (
              <Option key={e.name} value={e.name}>
                {e.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {contents ? (
          <WorkbookFields
            contents={contents}
            pick={view.workbook}
            element={view.element}
            disabled={working}
            onChange={view.setWorkbook}
          />
        ) : (
          <>
            <Field label="Area">
              <Dropdown
                value={view.area}
                selectedOptions={view.area ? [view.area] : []}
                disabled={working || !loaded}
                onOptionSelect={(_, data) => data.optionValue && view.setArea(data.optionValue)}
              >
                {(loaded?.areas ?? []).map((area) => (
                  <Option key={area} value={area}>
                    {area}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label="Period ends" hint="The last month of the 12 months shown">
              <Dropdown
                value={view.periodEnd ? monthLabel(view.periodEnd) : ''}
                selectedOptions={view.periodEnd ? [view.periodEnd] : []}
                disabled={working || !loaded}
                onOptionSelect={(_, data) => data.optionValue && view.setPeriodEnd(data.optionValue)}
              >
                {months.map((month) => (
                  <Option key={month} value={month} text={monthLabel(month)}>
                    {monthLabel(month)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Switch
              checked={view.followLatest}
              disabled={working || !loaded}
              onChange={(_, data) => view.setFollowLatest(data.checked)}
              label="Move to the newest month when refreshed"
              aria-describedby={olderPeriod ? 'cr-follow-latest-note' : undefined}
            />
            {olderPeriod && loaded && (
              // Choosing an earlier month turns the switch off: say why, where it happens.
              <Text
                as="p"
                id="cr-follow-latest-note"
                className={styles.quiet}
                data-testid="follow-latest-note"
              >
                {view.followLatest
                  ? `On: the first refresh moves the period on from ${monthLabel(view.periodEnd)} to the newest month.`
                  : `Off because the period ends in ${monthLabel(view.periodEnd)}, not the newest month (${monthLabel(loaded.latestMonth)}): a refresh keeps ${monthLabel(view.periodEnd)}. Turn it on to follow the newest month.`}
              </Text>
            )}
          </>
        )}
        <div className={styles.actions}>
          <Button disabled={working || !ready} onClick={() => void view.showPreview()}>
            Preview
          </Button>
        </div>

        {preview.kind === 'loading' && <Spinner size="tiny" label="Making the preview" />}
        {preview.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>No preview</MessageBarTitle>
              {preview.message}
            </MessageBarBody>
          </MessageBar>
        )}
        {preview.kind === 'ready' && (
          <section aria-label="Preview" className={styles.group}>
            <Preview preview={preview.preview} />
            <div className={styles.actions}>
              <Button
                appearance="primary"
                disabled={working}
                onClick={() => void view.insert({ kind: 'cursor' })}
                aria-describedby={insertionPoint ? 'cr-insertion-point' : undefined}
              >
                {insertionPoint?.button ?? 'Insert at cursor'}
              </Button>
            </div>
            {insertionPoint && (
              <Text as="p" id="cr-insertion-point" className={styles.quiet} data-testid="insertion-point">
                {insertionPoint.hint}
              </Text>
            )}
            {view.sections.length > 0 && (
              <div className={styles.actions}>
                <Field label="Or into section">
                  <Dropdown
                    placeholder={view.sections.length > 0 ? 'Choose a section' : 'No template sections found'}
                    value={section?.title ?? ''}
                    selectedOptions={sectionId ? [sectionId] : []}
                    disabled={working}
                    onOptionSelect={(_, data) => setSectionId(data.optionValue ?? '')}
                  >
                    {view.sections.map((s) => (
                      <Option key={s.id} value={s.id}>
                        {s.title}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
                <Button
                  disabled={working || !section}
                  onClick={() => void view.insert({ kind: 'section', sectionId })}
                >
                  Insert into section
                </Button>
              </div>
            )}
          </section>
        )}
      </section>

      {view.busy && (
        <Field
          label={view.progress ? `${view.busy}: ${view.progress.stage}` : view.busy}
          validationState="none"
        >
          <ProgressBar value={view.progress?.fraction} max={1} />
        </Field>
      )}

      {view.notice && (
        // data-intent: what the bar says it is (success, warning, error), for tests to read.
        <MessageBar intent={view.notice.intent} layout="multiline" data-intent={view.notice.intent}>
          <MessageBarBody>{view.notice.text}</MessageBarBody>
        </MessageBar>
      )}

      {view.refreshed && <RefreshDiff result={view.refreshed} />}

      <ConfirmOverwrite pending={view.confirm} onResolve={(choice) => void view.resolveConfirm(choice)} />

      {hasWorkbookRegions && (
        <section aria-labelledby="cr-from-file-heading" className={styles.group}>
          <Text as="h3" id="cr-from-file-heading" size={300} weight="semibold" className={styles.heading}>
            Spreadsheet tables and charts
          </Text>
          <Text as="p" className={styles.quiet}>
            The pane cannot open the workbook again by itself: choose the new copy, and the tables and charts
            that came from a file of that name are refreshed.
          </Text>
          {/* The browser's file control, hidden: the Fluent button opens it. */}
          <input
            ref={fromFile}
            type="file"
            accept=".xlsx,.ods,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet"
            aria-label="Workbook to refresh from"
            className={styles.visuallyHidden}
            tabIndex={-1}
            disabled={working}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void view.refreshFromFile(file);
            }}
          />
          <div className={styles.actions}>
            <Button disabled={working} onClick={() => fromFile.current?.click()}>
              Refresh from file…
            </Button>
          </div>
        </section>
      )}

      <RegionList
        regions={view.regions}
        busy={working}
        onRefresh={(ids) => void view.refresh(ids)}
        onRepair={(id) => void view.repair(id)}
        onRemove={(id) => void view.remove(id)}
      />
    </div>
  );
}

export default DataView;
