import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult, Finding, SectionStatus } from '../../../core/template/finding';
import {
  FRONT_MATTER,
  WHOLE_REPORT,
  frontMatterStatus,
  groupIdOf,
} from '../../../core/template/report-groups';
import { FindingList } from './FindingList';
import { FRONT_MATTER_RECOMMENDATIONS, offersInsertion } from '../../../core/template/section-insertion';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  heading: { margin: 0, flexGrow: 1 },
  count: { color: tokens.colorNeutralForeground3 },
});

const BADGE_COLOUR: Record<SectionStatus, 'success' | 'warning' | 'danger'> = {
  complete: 'success',
  incomplete: 'warning',
  missing: 'danger',
};

function StatusBadge({ status }: { status: SectionStatus }) {
  return (
    <Badge appearance="tint" color={BADGE_COLOUR[status]}>
      {status}
    </Badge>
  );
}

interface Group {
  id: string;
  /** As shown: "4. Risk". */
  title: string;
  /** As the template names it: "Risk". */
  name: string;
  status: SectionStatus | null;
  findings: Finding[];
  missing: boolean;
}

/**
 * The header fields, the executive summary, recommendations and timetable, the template's sections
 * in order, then the whole report: every part shown, even with no findings.
 */
function groups(result: CheckResult): Group[] {
  const byGroup = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const id = groupIdOf(finding, result);
    byGroup.set(id, [...(byGroup.get(id) ?? []), finding]);
  }
  return [
    {
      ...FRONT_MATTER,
      name: FRONT_MATTER.title,
      status: frontMatterStatus(result),
      findings: byGroup.get(FRONT_MATTER.id) ?? [],
      missing: false,
    },
    ...result.sections.map((section) => ({
      id: section.id,
      title: section.number != null ? `${section.number}. ${section.title}` : section.title,
      name: section.title,
      status: section.status,
      findings: byGroup.get(section.id) ?? [],
      // A numbered section, the Executive Summary or the recommendations can be inserted; the
      // timetable (a table) is written by hand.
      missing: offersInsertion(section),
    })),
    ...(byGroup.has(WHOLE_REPORT.id)
      ? [
          {
            ...WHOLE_REPORT,
            name: WHOLE_REPORT.title,
            status: null,
            findings: byGroup.get(WHOLE_REPORT.id)!,
            missing: false,
          },
        ]
      : []),
  ];
}

const findingCount = (n: number) => (n === 0 ? 'no findings' : `${n} finding${n === 1 ? '' : 's'}`);

/** The checklist by section: status, findings, and "Insert missing section" where one is missing. */
export function Checklist({
  result,
  busy,
  onSelectFinding,
  onInsertSection,
}: {
  result: CheckResult;
  busy: boolean;
  onSelectFinding(finding: Finding): void;
  onInsertSection(sectionId: string, title: string): void;
}) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Checklist by section">
      {groups(result).map((group) => {
        const headingId = `cr-checklist-${group.id}`;
        return (
          <li key={group.id} className={styles.group} aria-labelledby={headingId}>
            <div className={styles.header}>
              <Text as="h4" id={headingId} weight="semibold" className={styles.heading}>
                {group.title}
              </Text>
              {group.status && <StatusBadge status={group.status} />}
              <Text size={200} className={styles.count}>
                {findingCount(group.findings.length)}
              </Text>
            </div>
            {group.missing && (
              <div>
                <Button
                  size="small"
                  disabled={busy}
                  onClick={() => onInsertSection(group.id, group.name)}
                  // The recommendations are not a section: named as the officer knows them.
                  aria-label={
                    group.id === FRONT_MATTER_RECOMMENDATIONS
                      ? 'Insert missing recommendations'
                      : `Insert missing section ${group.title}`
                  }
                >
                  {group.id === FRONT_MATTER_RECOMMENDATIONS
                    ? 'Insert missing recommendations'
                    : 'Insert missing section'}
                </Button>
              </div>
            )}
            {group.findings.length > 0 && (
              <FindingList findings={group.findings} onSelect={onSelectFinding} disabled={busy} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
