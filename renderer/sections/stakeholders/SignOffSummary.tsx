import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Stakeholder } from '../../../shared/plan/schema';
import { stakeholderStrings } from './strings';

const s = stakeholderStrings.summary;
const COLORS = { signed: 'success', pending: 'warning', declined: 'danger' } as const satisfies Record<Stakeholder['signOff'], string>;

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** "3 of 7 signed off" and a badge per state, read out as one status line. */
export function SignOffSummary({ list }: { list: readonly Stakeholder[] }) {
  const styles = useStyles();
  const count = (state: Stakeholder['signOff']) => list.filter((p) => p.signOff === state).length;
  return (
    <div className={styles.root} role="status" aria-label={s.label}>
      <Text weight="semibold">{s.counts(count('signed'), list.length)}</Text>
      {(['signed', 'pending', 'declined'] as const).map((state) => (
        <Badge key={state} appearance="tint" color={COLORS[state]} shape="rounded">
          {`${count(state)} ${s.badge[state]}`}
        </Badge>
      ))}
    </div>
  );
}
