import { Card, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, WarningFilled } from '@fluentui/react-icons';
import type { SweepReport } from '../../../../shared/simulator/sweep';
import { simulatorStrings } from '../strings';

const s = simulatorStrings.sweep;

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'row',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    borderLeft: '6px solid',
  },
  fine: { borderLeftColor: tokens.colorStatusSuccessBorderActive },
  stopped: { borderLeftColor: tokens.colorStatusWarningBorderActive },
  figures: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`, margin: 0 },
  figure: { display: 'flex', flexDirection: 'column-reverse', gap: tokens.spacingVerticalXXS },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  bad: { color: tokens.colorPaletteDarkOrangeForeground1 },
  good: { color: tokens.colorPaletteGreenForeground1 },
  status: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, flex: '1 1 280px', minWidth: 0 },
  icon: { flexShrink: 0, marginTop: '2px' },
});

/** The counts a project lead reads first, and one sentence on what they mean. */
export function SweepFigures({ report }: { report: SweepReport }) {
  const styles = useStyles();
  const cannot = report.enabled - report.canReset;
  const figures = [
    { key: 'users', value: report.users, className: undefined },
    { key: 'enabled', value: report.enabled, className: undefined },
    { key: 'promptRegister', value: report.promptRegister, className: report.promptRegister > 0 ? styles.bad : undefined },
    { key: 'promptReconfirm', value: report.promptReconfirm, className: undefined },
    { key: 'canReset', value: report.canReset, className: styles.good },
    { key: 'cannotReset', value: cannot, className: cannot > 0 ? styles.bad : undefined },
  ] as const;
  const Icon = cannot === 0 ? CheckmarkCircleFilled : WarningFilled;
  return (
    <Card className={mergeClasses(styles.card, cannot === 0 ? styles.fine : styles.stopped)} role="region" aria-label={s.figuresLabel}>
      <dl className={styles.figures}>
        {figures.map((f) => (
          <div key={f.key} className={styles.figure} data-figure={f.key}>
            <dt className={styles.label}>{s.figures[f.key]}</dt>
            <dd className={mergeClasses(styles.value, f.className)}>{f.value.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      <div className={styles.status} role="status">
        <Icon className={mergeClasses(styles.icon, cannot === 0 ? styles.good : styles.bad)} fontSize={20} aria-hidden />
        <Text>{cannot === 0 ? s.allCanReset(report.enabled) : s.someCannot(cannot)}</Text>
      </div>
    </Card>
  );
}
