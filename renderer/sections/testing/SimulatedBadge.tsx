import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, DismissCircleRegular, WarningFilled } from '@fluentui/react-icons';
import type { RunResult } from '../../../shared/plan/schema';
import { disagreesWith, type CaseSimulation } from '../../../shared/simulator/businessCases';
import { testingStrings } from './strings';

const s = testingStrings.simulated;

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  disagree: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/**
 * The simulated result as an outlined badge, so it never reads as a tester's filled one; the icon and
 * the words carry the meaning, not the colour.
 */
export function SimulatedBadge({ sim }: { sim: CaseSimulation }) {
  const styles = useStyles();
  if (sim.result === null) {
    return (
      <Text size={200} className={styles.muted}>
        {s.notSimulable}
      </Text>
    );
  }
  const pass = sim.result === 'pass';
  return (
    <Badge
      appearance="tint"
      color={pass ? 'success' : 'danger'}
      size="large"
      icon={pass ? <CheckmarkCircleRegular /> : <DismissCircleRegular />}
      data-simulated={sim.result}
    >
      {s.results[sim.result]}
    </Badge>
  );
}

/** The flag beside a case whose tester result the simulator contradicts: an icon and words. */
export function DisagreeFlag() {
  const styles = useStyles();
  return (
    <span className={styles.disagree} data-disagrees="">
      <WarningFilled aria-hidden />
      <Text size={200} weight="semibold" className={styles.disagree}>
        {s.disagrees}
      </Text>
    </span>
  );
}

/**
 * The matrix cell: the simulated result, and the flag when it contradicts the testers' status as the
 * matrix shows it now (a run just recorded counts before the simulator has run again).
 */
export function SimulatedCell({ sim, status }: { sim: CaseSimulation | undefined; status: RunResult }) {
  const styles = useStyles();
  if (!sim) {
    return (
      <Text size={200} className={styles.muted}>
        {s.notYet}
      </Text>
    );
  }
  return (
    <span className={styles.stack}>
      <SimulatedBadge sim={sim} />
      {disagreesWith(status, sim.result) && <DisagreeFlag />}
    </span>
  );
}
