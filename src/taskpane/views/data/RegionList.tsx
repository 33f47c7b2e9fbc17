import { Badge, Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useContext } from 'react';
import { InsertionPointContext, type RegionRow, type RegionStatus } from './data-actions';
import { STATUS_LABEL } from './describe-data';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: {
    margin: 0,
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
  detail: { margin: 0, color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  quiet: { margin: 0, color: tokens.colorNeutralForeground3 },
});

const BADGE_COLOR: Record<RegionStatus, 'success' | 'warning' | 'danger' | 'informative'> = {
  fresh: 'success',
  stale: 'informative',
  edited: 'warning',
  orphaned: 'danger',
};

/** The report's live regions, each with its status and what can be done with it. */
export function RegionList({
  regions,
  busy,
  onRefresh,
  onRepair,
  onRemove,
}: {
  regions: RegionRow[] | null;
  busy: boolean;
  onRefresh(ids: string[] | null): void;
  onRepair(id: string): void;
  onRemove(id: string): void;
}) {
  const styles = useStyles();
  // Where "Insert again" puts it: the cursor in Word, the paragraph chosen (or the end) in the workspace.
  const again = useContext(InsertionPointContext)?.where ?? 'at the cursor';
  return (
    <section aria-labelledby="cr-regions-heading" className={styles.list}>
      <Text as="h3" id="cr-regions-heading" size={300} weight="semibold" className={styles.title}>
        Live regions in this report
      </Text>
      {regions === null && <Spinner size="tiny" label="Reading the report's live regions" />}
      {regions?.length === 0 && (
        <Text as="p" className={styles.quiet}>
          This report has no live regions yet. Choose an element above, preview it and insert it.
        </Text>
      )}
      {regions && regions.length > 0 && (
        <>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => onRefresh(null)}>
              Refresh all ({regions.length})
            </Button>
          </div>
          <ul className={styles.list} aria-label="Live regions">
            {regions.map((region) => (
              <li key={region.id} className={styles.item}>
                {/* A <div>, not a <p>: Fluent's Badge is a <div>, which a paragraph cannot hold. */}
                <div className={styles.title}>
                  <Text weight="semibold">{region.title}</Text>
                  <Badge appearance="tint" color={BADGE_COLOR[region.status]}>
                    {STATUS_LABEL[region.status]}
                  </Badge>
                </div>
                {region.detail && (
                  <Text as="p" size={200} className={styles.detail}>
                    {region.detail}
                  </Text>
                )}
                <div className={styles.actions}>
                  {region.status === 'orphaned' ? (
                    <>
                      {/* Only a region whose content was deleted can be put back from its record. */}
                      {region.orphan === 'no-control' && (
                        <Button
                          size="small"
                          disabled={busy}
                          onClick={() => onRepair(region.id)}
                          aria-label={`Insert ${region.title} again ${again}`}
                        >
                          Insert again
                        </Button>
                      )}
                      <Button
                        size="small"
                        disabled={busy}
                        onClick={() => onRemove(region.id)}
                        aria-label={`Remove ${region.title}`}
                      >
                        Remove
                      </Button>
                    </>
                  ) : (
                    <Button
                      size="small"
                      disabled={busy}
                      onClick={() => onRefresh([region.id])}
                      aria-label={`Refresh ${region.title}`}
                    >
                      Refresh
                    </Button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
