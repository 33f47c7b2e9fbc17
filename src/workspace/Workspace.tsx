/**
 * The browser workspace: the task pane itself (the same App, views and use cases as in Word) over
 * a .docx held in this page, beside a readable preview. Open the sample report or a local file
 * (button or drag and drop), work on it in the pane, download the changed file. The file is read
 * and written in the page: nothing is sent anywhere.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { ReportSnapshot } from '../core/report/snapshot';
import { App } from '../taskpane/App';
import { ReportHostContext, type LoadReportHost } from '../taskpane/report-host-context';
import { hostTemplateActions } from '../taskpane/views/template/host-template-actions';
import {
  TemplateEnvironmentContext,
  type TemplateEnvironment,
} from '../taskpane/views/template/template-actions';
import { Preview } from './Preview';
import { usePictureUrls } from './use-picture-urls';
import { InsertionPointContext, type InsertionPoint } from '../taskpane/views/data/data-actions';
import {
  describeInsertionPoint,
  downloadName,
  refuseFile,
  WorkspaceHost,
  type WorkspaceCursor,
} from './workspace-host';

const useStyles = makeStyles({
  root: {
    height: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
  label: { display: 'flex', flexDirection: 'column', marginRight: 'auto' },
  badge: { fontWeight: tokens.fontWeightBold, margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  fileInput: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  columns: { display: 'flex', flex: 1, minHeight: 0 },
  // As wide as Word's task pane (320–350 px; ?pane=320 in the page's address narrows it).
  pane: {
    flexShrink: 0,
    // The width given is the whole pane's, border included, as Word's pane width is.
    boxSizing: 'border-box',
    overflowY: 'auto',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  preview: { flex: 1, overflowY: 'auto', padding: tokens.spacingVerticalL },
  dropping: {
    outline: `${tokens.strokeWidthThicker} dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: '-8px',
  },
  message: { margin: tokens.spacingVerticalM },
});

/** Word's usual task pane width. */
export const DEFAULT_PANE_WIDTH = 350;

interface OpenDocument {
  /** Changes with each file opened, so the pane starts afresh for a new document. */
  id: number;
  host: WorkspaceHost;
  snapshot: ReportSnapshot;
}

export interface WorkspaceProps {
  /** Where the bundled sample report is served from (same origin). */
  sampleUrl: string;
  /** Open the sample at start (the page's default; `?open=none` starts empty). */
  openSampleAtStart: boolean;
  dark: boolean;
  onDarkChange(dark: boolean): void;
  /** The task pane's width in CSS pixels (Word opens it 320–350 px wide). */
  paneWidth?: number;
}

function problemText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function Workspace({
  sampleUrl,
  openSampleAtStart,
  dark,
  onDarkChange,
  paneWidth = DEFAULT_PANE_WIDTH,
}: WorkspaceProps) {
  const styles = useStyles();
  const [document, setDocument] = useState<OpenDocument | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  // The paragraph shown selected: a finding's (scrolled to) or the one clicked (the cursor).
  const [selection, setSelection] = useState<{ paragraph: number | null; count: number; scroll: boolean }>({
    paragraph: null,
    count: 0,
    scroll: true,
  });
  const [cursor, setCursor] = useState<WorkspaceCursor | null>(null);
  const [dropping, setDropping] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const nextId = useRef(1);

  const open = useCallback(async (read: () => Promise<Uint8Array>, name: string) => {
    setOpening(true);
    setProblem(null);
    try {
      const host = new WorkspaceHost(await read(), name, (paragraph) =>
        setSelection((s) => ({ paragraph, count: s.count + 1, scroll: true })),
      );
      host.onCursor((moved) => {
        setCursor(moved);
        // The highlight follows the cursor when a click or a change moves it (no scrolling: it is
        // in view), and stays as it is when a finding's selection put it there already.
        const paragraph = moved?.paragraph ?? null;
        setSelection((s) => (s.paragraph === paragraph ? s : { paragraph, count: s.count, scroll: false }));
      });
      const snapshot = await host.readSnapshot();
      const id = nextId.current++;
      host.onChange(() => {
        host.readSnapshot().then(
          (changed) => setDocument((d) => (d && d.id === id ? { ...d, snapshot: changed } : d)),
          (error: unknown) => setProblem(problemText(error)),
        );
      });
      setSelection({ paragraph: null, count: 0, scroll: true });
      setCursor(null);
      setDocument({ id, host, snapshot });
    } catch (error) {
      setProblem(`Could not open “${name}”: ${problemText(error)}`);
    } finally {
      setOpening(false);
    }
  }, []);

  const openSample = useCallback(
    () =>
      open(async () => {
        const response = await fetch(sampleUrl);
        if (!response.ok) throw new Error(`the sample report is not available (HTTP ${response.status}).`);
        return new Uint8Array(await response.arrayBuffer());
      }, 'Strategic Assessment 2026-27 (sample).docx'),
    [open, sampleUrl],
  );

  const openFile = useCallback(
    (file: File | undefined) => {
      if (!file) return;
      const refusal = refuseFile(file);
      if (refusal) {
        setProblem(refusal);
        return;
      }
      void open(async () => new Uint8Array(await file.arrayBuffer()), file.name);
    },
    [open],
  );

  const started = useRef(false);
  useEffect(() => {
    if (started.current || !openSampleAtStart) return;
    started.current = true;
    void openSample();
  }, [openSample, openSampleAtStart]);

  const download = useCallback(() => {
    if (!document) return;
    const blob = new Blob([document.host.bytes as Uint8Array<ArrayBuffer>], {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const url = URL.createObjectURL(blob);
    const link = window.document.createElement('a');
    link.href = url;
    link.download = downloadName(document.host.name);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }, [document]);

  const pictureUrls = usePictureUrls(document?.host ?? null, document?.snapshot ?? null);

  // The pane's document, injected: the same views as in Word, over this page's .docx host.
  const host = document?.host ?? null;
  const loadHost = useMemo<LoadReportHost | null>(() => (host ? () => Promise.resolve(host) : null), [host]);
  const templateEnvironment = useMemo<TemplateEnvironment | null>(
    () =>
      loadHost && host
        ? { actions: hostTemplateActions(loadHost), documentKey: host.name, missingFeatures: [] }
        : null,
    [host, loadHost],
  );

  // Without Word's cursor, the Data view says where "Insert at cursor" puts an element.
  const insertionPoint = useMemo<InsertionPoint | null>(
    () => (document ? describeInsertionPoint(document.snapshot, cursor) : null),
    [document, cursor],
  );

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    openFile(event.dataTransfer.files[0]);
  };

  return (
    <div
      className={mergeClasses(styles.root, dropping && styles.dropping)}
      onDragOver={(event) => {
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      <div className={styles.bar} role="region" aria-label="Workspace">
        <div className={styles.label}>
          <Text as="p" size={400} className={styles.badge} data-testid="workspace-label">
            Workspace — not Word
          </Text>
          <Text as="p" size={200} className={styles.hint}>
            The Council Report task pane on a .docx in this browser. Nothing is uploaded: download the file to
            keep your changes. Drop a .docx anywhere to open it.
          </Text>
        </div>
        <Button onClick={() => void openSample()} disabled={opening}>
          Open sample report
        </Button>
        <input
          ref={fileInput}
          id="cr-open-file"
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          className={styles.fileInput}
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            openFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <Button onClick={() => fileInput.current?.click()} disabled={opening}>
          Open a .docx…
        </Button>
        <Button appearance="primary" onClick={download} disabled={!document}>
          Download .docx
        </Button>
        <Switch checked={dark} onChange={(_, data) => onDarkChange(data.checked)} label="Dark theme" />
      </div>
      {problem && (
        <MessageBar intent="error" className={styles.message}>
          <MessageBarBody>
            <MessageBarTitle>Cannot open the file</MessageBarTitle>
            {problem}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.columns}>
        <div className={styles.pane} style={{ width: `${paneWidth}px` }} data-testid="task-pane">
          <ReportHostContext.Provider value={loadHost}>
            <TemplateEnvironmentContext.Provider value={templateEnvironment}>
              <InsertionPointContext.Provider value={insertionPoint}>
                <App
                  key={document?.id ?? 0}
                  documentState={
                    document ? { kind: 'workspace', name: document.host.name } : { kind: 'outside-word' }
                  }
                />
              </InsertionPointContext.Provider>
            </TemplateEnvironmentContext.Provider>
          </ReportHostContext.Provider>
        </div>
        <section className={styles.preview} aria-label="Document preview" tabIndex={0}>
          {opening && <Spinner label="Opening the report…" />}
          {document && (
            <Preview
              snapshot={document.snapshot}
              images={pictureUrls}
              selected={selection.paragraph}
              selectionCount={selection.count}
              scrollToSelected={selection.scroll}
              onChooseParagraph={(paragraph) => void document.host.placeCursor(paragraph)}
            />
          )}
          {!document && !opening && (
            <Text as="p">Open the sample report or a .docx of your own to see it here.</Text>
          )}
        </section>
      </div>
    </div>
  );
}
