import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { VIEWS, type ViewInfo } from '../views';
import { useTemplateEnvironment } from '../views/template/template-actions';
import { TemplateView } from '../views/template/TemplateView';
import { LazyDataView, useHostDataActions } from '../views/data/LazyDataView';
import { LazyConsultationView, useConsultationAvailable } from '../views/consultation/LazyConsultationView';
import { ViewPanel, panelId, tabId } from './ViewPanel';

const useStyles = makeStyles({
  tabs: { padding: `0 ${tokens.spacingHorizontalS}` },
});

/** The Template / Data / Consultation tabs (arrow keys move between tabs, Enter or Space opens one). */
export function ViewTabs({ initial = 'template' }: { initial?: ViewInfo['id'] }) {
  const styles = useStyles();
  const [selected, setSelected] = useState<ViewInfo['id']>(initial);
  const view = VIEWS.find((v) => v.id === selected) ?? VIEWS[0]!;
  // Null outside Word: the Template view then says what it does instead.
  const templateEnvironment = useTemplateEnvironment();
  const dataActions = useHostDataActions();
  const consultationAvailable = useConsultationAvailable();
  return (
    <>
      <TabList
        aria-label="Council Report views"
        className={styles.tabs}
        selectedValue={selected}
        onTabSelect={(_, data) => setSelected(data.value as ViewInfo['id'])}
      >
        {VIEWS.map((v) => (
          <Tab key={v.id} value={v.id} id={tabId(v.id)} aria-controls={panelId(v.id)}>
            {v.label}
          </Tab>
        ))}
      </TabList>
      <ViewPanel view={view}>
        {/* One child or none: ViewPanel shows the view's purpose when there is none. */}
        {view.id === 'template' && templateEnvironment ? (
          <TemplateView environment={templateEnvironment} />
        ) : view.id === 'data' && dataActions ? (
          <LazyDataView actions={dataActions} />
        ) : view.id === 'consultation' && consultationAvailable ? (
          <LazyConsultationView />
        ) : null}
      </ViewPanel>
    </>
  );
}
