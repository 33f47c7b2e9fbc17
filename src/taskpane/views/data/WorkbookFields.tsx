import { Dropdown, Field, Input, Option, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookContents } from './data-actions';
import type { CellsChoice, WorkbookPick } from './use-data-view';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Long sheet and table names wrap inside a 320 px pane rather than widen it.
  dropdown: { minWidth: 0, maxWidth: '100%' },
});

function cellsLabel(contents: WorkbookContents, pick: WorkbookPick): string {
  if (pick.cells === 'used') {
    const used = contents.sheets.find((s) => s.name === pick.sheet)?.used;
    return used ? `Used range (${used})` : 'Used range (the sheet is empty)';
  }
  if (pick.cells === 'range') return 'Cells I type (an A1 range)';
  if (pick.cells.startsWith('table:')) return `Excel table ${pick.cells.slice(6)}`;
  return `Defined name ${pick.cells.slice(5)}`;
}

/**
 * The sheet and cells a spreadsheet element reads, when a workbook is the source: the sheet's
 * used range (the default), an A1 range, an Excel table or a defined name; a chart's kind; a title.
 */
export function WorkbookFields({
  contents,
  pick,
  element,
  disabled,
  onChange,
}: {
  contents: WorkbookContents;
  pick: WorkbookPick;
  element: string;
  disabled: boolean;
  onChange(change: Partial<WorkbookPick>): void;
}) {
  const styles = useStyles();
  const ownSheet = pick.cells === 'used' || pick.cells === 'range';
  const chart = element === 'spreadsheet-chart';
  return (
    <div className={styles.group}>
      <Field label="Sheet" hint={ownSheet ? undefined : 'The table or name says its own sheet.'}>
        <Dropdown
          className={styles.dropdown}
          value={pick.sheet}
          selectedOptions={pick.sheet ? [pick.sheet] : []}
          disabled={disabled || !ownSheet || contents.sheets.length === 0}
          onOptionSelect={(_, data) => data.optionValue && onChange({ sheet: data.optionValue })}
        >
          {contents.sheets.map((sheet) => (
            <Option key={sheet.name} value={sheet.name} text={sheet.name}>
              {sheet.used ? `${sheet.name} (${sheet.used})` : `${sheet.name} (empty)`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label="Cells"
        hint={
          chart
            ? 'The first row names the series; the first column holds the categories.'
            : "The first row becomes the table's header row."
        }
      >
        <Dropdown
          className={styles.dropdown}
          value={cellsLabel(contents, pick)}
          selectedOptions={[pick.cells]}
          disabled={disabled}
          onOptionSelect={(_, data) =>
            data.optionValue && onChange({ cells: data.optionValue as CellsChoice })
          }
        >
          <Option value="used" text="Used range">
            Used range of the sheet
          </Option>
          <Option value="range" text="Cells I type">
            Cells I type (an A1 range)
          </Option>
          {contents.tables.map((t) => (
            <Option key={`table:${t.name}`} value={`table:${t.name}`} text={`Excel table ${t.name}`}>
              {`Excel table ${t.name} (${t.sheet}!${t.range})`}
            </Option>
          ))}
          {contents.names.map((n) => (
            <Option key={`name:${n.name}`} value={`name:${n.name}`} text={`Defined name ${n.name}`}>
              {`Defined name ${n.name} (${n.refersTo})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {pick.cells === 'range' && (
        <Field label="Range" hint="For example A1:D20">
          <Input
            value={pick.range}
            disabled={disabled}
            onChange={(_, data) => onChange({ range: data.value })}
          />
        </Field>
      )}
      {chart && (
        <Field label="Chart">
          <Dropdown
            className={styles.dropdown}
            value={pick.chart === 'bar' ? 'Bar chart' : 'Line chart'}
            selectedOptions={[pick.chart]}
            disabled={disabled}
            onOptionSelect={(_, data) =>
              (data.optionValue === 'bar' || data.optionValue === 'line') &&
              onChange({ chart: data.optionValue })
            }
          >
            <Option value="bar">Bar chart</Option>
            <Option value="line">Line chart</Option>
          </Dropdown>
        </Field>
      )}
      {chart && (
        <Field
          label="Columns to chart"
          hint="Headers or column letters, comma-separated; empty: the columns of counts"
        >
          <Input
            value={pick.series}
            disabled={disabled}
            onChange={(_, data) => onChange({ series: data.value })}
          />
        </Field>
      )}
      <Field
        label="Title"
        hint={
          chart
            ? 'After “Figure N:”; empty: the columns drawn and what they are by'
            : "After “Table N:”; empty: the sheet's or table's name"
        }
      >
        <Input
          value={pick.title}
          disabled={disabled}
          onChange={(_, data) => onChange({ title: data.value })}
        />
      </Field>
    </div>
  );
}
