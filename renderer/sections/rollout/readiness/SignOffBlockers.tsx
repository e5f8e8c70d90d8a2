import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import { ArrowRightRegular } from '@fluentui/react-icons';
import type { Blocker } from '../../../../shared/plan/readiness';
import type { Stakeholder } from '../../../../shared/plan/schema';
import { useAppStore } from '../../../state/store';
import { rolloutStrings } from '../strings';

const s = rolloutStrings.readiness;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: 'none' },
});

type SignOffBlocker = Extract<Blocker, { kind: 'signOff' }>;

/** Stakeholders who have not signed off, each with a way to their sign-off in Stakeholders. */
export function SignOffBlockers({ blockers, stakeholders }: { blockers: readonly SignOffBlocker[]; stakeholders: readonly Stakeholder[] }) {
  const styles = useStyles();
  const goToField = useAppStore((st) => st.goToField);
  if (blockers.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={s.signOffsLabel}>
      {blockers.map((b) => {
        const who = s.who(b.name, stakeholders[b.stakeholderIndex]?.role ?? '');
        return (
          <li key={b.stakeholderIndex}>
            <MessageBar intent={b.state === 'declined' ? 'error' : 'warning'}>
              <MessageBarBody>{b.state === 'declined' ? s.declined(who) : s.pending(who)}</MessageBarBody>
              <MessageBarActions>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowRightRegular />}
                  aria-label={s.goToSignOffOf(b.name)}
                  onClick={() => goToField(`stakeholders.${b.stakeholderIndex}.signOff`)}
                >
                  {s.goToSignOff}
                </Button>
              </MessageBarActions>
            </MessageBar>
          </li>
        );
      })}
    </ul>
  );
}
