import { Button, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { RefObject } from 'react';
import type { Tally } from './FocusMode';
import type { CaseRow } from './matrix';
import { testingStrings } from './strings';

const s = testingStrings.focus.done;

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The end of the queue: what this session recorded and what is still not passed. */
export function FocusDone({
  queue,
  rows,
  tally,
  headingRef,
  onRestart,
  onLeave,
}: {
  queue: string[];
  rows: readonly CaseRow[];
  tally: Tally;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onRestart(): void;
  onLeave(): void;
}) {
  const styles = useStyles();
  const remaining = rows.filter((r) => queue.includes(r.testCase.id) && r.status !== 'pass').length;
  return (
    <Card className={styles.card}>
      <Text as="h3" size={500} weight="semibold" ref={headingRef} tabIndex={-1}>
        {s.title}
      </Text>
      <Text>{s.summary(tally.pass, tally.fail, tally.blocked, tally.skipped)}</Text>
      <Text>{s.remaining(remaining)}</Text>
      <div className={styles.actions}>
        {remaining > 0 && (
          <Button appearance="primary" onClick={onRestart}>
            {s.again}
          </Button>
        )}
        <Button appearance={remaining > 0 ? 'secondary' : 'primary'} onClick={onLeave}>
          {s.leave}
        </Button>
      </div>
    </Card>
  );
}
