import { Card, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, DismissCircleFilled } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { Readiness } from '../../../../shared/plan/readiness';
import { rolloutStrings } from '../strings';

const s = rolloutStrings.readiness;

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'row',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    borderLeft: `6px solid`,
  },
  go: { borderLeftColor: tokens.colorStatusSuccessBorderActive },
  noGo: { borderLeftColor: tokens.colorStatusDangerBorderActive },
  verdict: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flex: '1 1 340px', minWidth: 0 },
  icon: { flexShrink: 0 },
  goIcon: { color: tokens.colorStatusSuccessForeground1 },
  noGoIcon: { color: tokens.colorStatusDangerForeground1 },
  words: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  caption: { color: tokens.colorNeutralForeground3, textTransform: 'uppercase', letterSpacing: '0.04em' },
  goWord: { color: tokens.colorStatusSuccessForeground1 },
  noGoWord: { color: tokens.colorStatusDangerForeground1 },
  stats: {
    display: 'grid',
    gridTemplateColumns: 'repeat(5, auto)',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    '@media (max-width: 1100px)': { gridTemplateColumns: 'repeat(3, auto)' },
  },
  stat: { display: 'flex', flexDirection: 'column-reverse', gap: tokens.spacingVerticalXXS },
  statLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  statValue: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  // Not the status red: at this size it falls below 4.5:1 on a dark card.
  bad: { color: tokens.colorPaletteRedForeground1 },
  actions: {
    flexBasis: '100%',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** The verdict in one glance: GO or NO-GO, why in one sentence, and the key numbers behind it; `children` go in a row below. */
export function VerdictCard({ readiness, children }: { readiness: Readiness; children?: ReactNode }) {
  const styles = useStyles();
  const go = readiness.verdict === 'go';
  const errors = readiness.blockers.filter((b) => b.kind === 'finding').length;
  const { signed, pending, declined } = readiness.signOffs;
  const done = readiness.checklist.reduce((n, p) => n + p.done, 0);
  const total = readiness.checklist.reduce((n, p) => n + p.total, 0);
  const Icon = go ? CheckmarkCircleFilled : DismissCircleFilled;
  const { tests } = readiness;

  const stats: { label: string; value: string; bad?: boolean }[] = [
    { label: s.stats.errors, value: String(errors), bad: errors > 0 },
    { label: s.stats.signOffs, value: s.stats.ofTotal(signed, signed + pending + declined), bad: pending + declined > 0 },
    { label: s.stats.warnings, value: String(readiness.watch.length) },
    { label: s.stats.checklist, value: s.stats.ofTotal(done, total) },
    { label: s.stats.testCases, value: s.stats.passed(tests.pass, tests.pass + tests.fail + tests.blocked + tests.notRun), bad: tests.fail + tests.blocked + tests.notRun > 0 },
  ];

  return (
    <Card className={mergeClasses(styles.card, go ? styles.go : styles.noGo)} role="region" aria-label={s.heading}>
      <div className={styles.verdict} role="status">
        <Icon className={mergeClasses(styles.icon, go ? styles.goIcon : styles.noGoIcon)} fontSize={48} aria-hidden />
        <div className={styles.words}>
          <Text size={200} weight="semibold" className={styles.caption}>
            {s.heading}
          </Text>
          <Text as="p" size={800} weight="bold" className={go ? styles.goWord : styles.noGoWord}>
            {go ? s.go : s.noGo}
          </Text>
          <Text size={300}>{go ? s.goSummary : s.noGoSummary(readiness.blockers.length)}</Text>
        </div>
      </div>
      <dl className={styles.stats}>
        {stats.map((stat) => (
          <div key={stat.label} className={styles.stat}>
            <dt className={styles.statLabel}>{stat.label}</dt>
            <dd className={mergeClasses(styles.statValue, stat.bad && styles.bad)}>{stat.value}</dd>
          </div>
        ))}
      </dl>
      {children && <div className={styles.actions}>{children}</div>}
    </Card>
  );
}
