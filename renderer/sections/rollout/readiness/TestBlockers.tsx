import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import { ArrowRightRegular } from '@fluentui/react-icons';
import type { Blocker } from '../../../../shared/plan/readiness';
import { useAppStore } from '../../../state/store';
import { rolloutStrings } from '../strings';

const s = rolloutStrings.readiness;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: 'none' },
});

type TestBlocker = Extract<Blocker, { kind: 'testCase' }>;

/** Test cases of the current phase that have not passed, each with a way to the case in the matrix. */
export function TestBlockers({ blockers }: { blockers: readonly TestBlocker[] }) {
  const styles = useStyles();
  const goToField = useAppStore((st) => st.goToField);
  if (blockers.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={s.testsLabel}>
      {blockers.map((b) => (
        <li key={b.caseId}>
          <MessageBar intent={b.status === 'fail' ? 'error' : 'warning'}>
            <MessageBarBody>{s.testBlocker(b.caseId, b.title, b.status)}</MessageBarBody>
            <MessageBarActions>
              <Button
                size="small"
                appearance="subtle"
                icon={<ArrowRightRegular />}
                aria-label={s.goToCase(b.caseId)}
                onClick={() => goToField(`testing.cases.${b.caseIndex}`)}
              >
                {s.goToCaseShort}
              </Button>
            </MessageBarActions>
          </MessageBar>
        </li>
      ))}
    </ul>
  );
}
