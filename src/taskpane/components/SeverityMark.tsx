/**
 * A finding's severity told three ways, so it never rests on colour alone: a word (Error, Warning,
 * Note), a shape (a cross in a circle, a triangle with "!", an "i" in a circle) and a colour from
 * Fluent's status tokens: errors white on danger red, warnings dark on warning orange — far apart
 * in hue and lightness, each passing WCAG AA contrast in the light and dark themes alike
 * (test/unit/taskpane/severity-colours.test.tsx).
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Severity } from '../../core/template/finding';

type Token = keyof typeof tokens;

/** The Fluent tokens each severity's mark is drawn in (null: no fill, the pane's own background). */
export const SEVERITY_TOKENS = {
  error: { background: 'colorStatusDangerBackground3', foreground: 'colorNeutralForegroundOnBrand' },
  warning: { background: 'colorStatusWarningBackground3', foreground: 'colorNeutralForeground1Static' },
  info: { background: null, foreground: 'colorNeutralForeground3' },
} as const satisfies Record<Severity, { background: Token | null; foreground: Token }>;

const useStyles = makeStyles({
  mark: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  icon: { flexShrink: 0 },
  error: {
    backgroundColor: tokens[SEVERITY_TOKENS.error.background],
    color: tokens[SEVERITY_TOKENS.error.foreground],
  },
  warning: {
    backgroundColor: tokens[SEVERITY_TOKENS.warning.background],
    color: tokens[SEVERITY_TOKENS.warning.foreground],
  },
  info: { paddingLeft: 0, color: tokens[SEVERITY_TOKENS.info.foreground] },
});

function Icon({ severity, className }: { severity: Severity; className: string }) {
  const common = {
    className,
    width: 14,
    height: 14,
    viewBox: '0 0 16 16',
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 1.6,
    strokeLinecap: 'round',
    strokeLinejoin: 'round',
    'aria-hidden': true,
    focusable: false,
  } as const;
  if (severity === 'error') {
    return (
      <svg {...common} data-icon="error">
        <circle cx="8" cy="8" r="6.6" />
        <path d="M5.6 5.6l4.8 4.8m0-4.8l-4.8 4.8" />
      </svg>
    );
  }
  if (severity === 'warning') {
    return (
      <svg {...common} data-icon="warning">
        <path d="M8 1.8L14.8 13.8H1.2Z" />
        <path d="M8 6.2v3.6M8 11.8v0.1" />
      </svg>
    );
  }
  return (
    <svg {...common} data-icon="info">
      <circle cx="8" cy="8" r="6.6" />
      <path d="M8 7.4v4.2M8 4.9v0.1" />
    </svg>
  );
}

export function SeverityMark({ severity, label }: { severity: Severity; label: string }) {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.mark, styles[severity])} data-severity={severity}>
      <Icon severity={severity} className={styles.icon} />
      <span>{label}</span>
    </span>
  );
}
