import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { Cell, Pie, PieChart, Tooltip } from 'recharts';
import type { Readiness } from '../../shared/plan/readiness';
import { ChartFrame } from './ChartFrame';
import { palette, tooltipStyle } from './palette';
import { chartStrings } from './strings';

const s = chartStrings.signOffs;
const STATES = ['signed', 'pending', 'declined'] as const;

const useStyles = makeStyles({
  wrap: { position: 'relative' },
  centre: {
    position: 'absolute',
    inset: 0,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    pointerEvents: 'none',
  },
  caption: { color: tokens.colorNeutralForeground3 },
});

/** Sign-offs as a donut: signed, pending and declined stakeholders. */
export function SignOffChart({ signOffs }: { signOffs: Readiness['signOffs'] }) {
  const styles = useStyles();
  const total = signOffs.signed + signOffs.pending + signOffs.declined;
  const slices = STATES.map((state) => ({ state, name: s.states[state], value: signOffs[state] })).filter((d) => d.value > 0);
  return (
    <ChartFrame
      title={s.title}
      summary={s.summary(signOffs.signed, signOffs.pending, signOffs.declined)}
      empty={total === 0 ? s.none : null}
      legend={STATES.map((state) => ({ label: s.states[state], color: palette.signOff[state], value: signOffs[state] }))}
      table={{ columns: [s.state, s.count], rows: STATES.map((state) => [s.states[state], signOffs[state]]) }}
    >
      <div className={styles.wrap}>
        <PieChart responsive style={{ width: '100%', height: 180 }} accessibilityLayer={false}>
          <Pie
            data={slices}
            dataKey="value"
            nameKey="name"
            innerRadius="62%"
            outerRadius="92%"
            paddingAngle={slices.length > 1 ? 2 : 0}
            stroke="none"
            isAnimationActive={false}
          >
            {slices.map((d) => (
              <Cell key={d.state} fill={palette.signOff[d.state]} />
            ))}
          </Pie>
          <Tooltip {...tooltipStyle} />
        </PieChart>
        <div className={styles.centre} aria-hidden>
          <Text size={500} weight="semibold">
            {s.centre(signOffs.signed, total)}
          </Text>
          <Text size={200} className={styles.caption}>
            {s.centreCaption}
          </Text>
        </div>
      </div>
    </ChartFrame>
  );
}
