import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Finding } from '../../../../shared/plan/findings';
import { FindingList } from '../../../components/FindingList';
import { rolloutStrings } from '../strings';

const s = rolloutStrings.readiness;

/** How many warnings show before "Show all", so the verdict and charts stay near the top. */
const FIRST = 3;

const useStyles = makeStyles({
  more: { alignSelf: 'flex-start' },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The warnings to watch: the first few, and the rest on request. */
export function WatchList({ findings }: { findings: readonly Finding[] }) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const shown = all ? findings : findings.slice(0, FIRST);
  return (
    <div className={styles.root}>
      <FindingList findings={shown} label={s.watchLabel} locate />
      {findings.length > FIRST && (
        <Button
          className={styles.more}
          appearance="subtle"
          icon={all ? <ChevronUpRegular /> : <ChevronDownRegular />}
          aria-expanded={all}
          onClick={() => setAll(!all)}
        >
          {all ? s.showFewer : s.showAll(findings.length)}
        </Button>
      )}
    </div>
  );
}
