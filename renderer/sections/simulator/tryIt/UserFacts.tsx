import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { TryItUser } from '../../../../shared/simulator/tryIt';
import { simulatorStrings } from '../strings';

const s = simulatorStrings.tryIt.facts;

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    margin: 0,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  fact: { display: 'flex', flexDirection: 'column-reverse', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  wide: { gridColumn: '1 / -1' },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
});

function YesNo({ value, good }: { value: boolean; good: boolean }) {
  return (
    <Badge appearance="tint" color={value === good ? 'success' : 'warning'} shape="rounded">
      {value ? s.yes : s.no}
    </Badge>
  );
}

/** Who the chosen user is to the policy, as the engine sees them before the first step. */
export function UserFacts({ user }: { user: TryItUser }) {
  const styles = useStyles();
  return (
    <dl className={styles.facts} aria-label={simulatorStrings.tryIt.summaryLabel(user.displayName)}>
      <div className={styles.fact}>
        <dt className={styles.label}>{s.enabled}</dt>
        <dd className={styles.value}>
          <YesNo value={user.enabled} good />
        </dd>
      </div>
      <div className={styles.fact}>
        <dt className={styles.label}>{s.admin}</dt>
        <dd className={styles.value}>{user.admin ? s.yes : s.no}</dd>
      </div>
      <div className={styles.fact}>
        <dt className={styles.label}>{s.synced}</dt>
        <dd className={styles.value}>{user.synced ? s.yes : s.no}</dd>
      </div>
      <div className={styles.fact}>
        <dt className={styles.label}>{s.registered}</dt>
        <dd className={styles.value}>
          <YesNo value={user.registered} good />
        </dd>
      </div>
      <div className={styles.fact}>
        <dt className={styles.label}>{s.required}</dt>
        <dd className={styles.value}>{user.required}</dd>
      </div>
      <div className={`${styles.fact} ${styles.wide}`}>
        <dt className={styles.label}>{s.usable}</dt>
        <dd className={styles.value}>
          {user.usable.length === 0
            ? s.none
            : user.usable.map((m) => (
                <Badge key={m} appearance="outline" shape="rounded">
                  {simulatorStrings.methods[m]}
                </Badge>
              ))}
        </dd>
      </div>
    </dl>
  );
}
