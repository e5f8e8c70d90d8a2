import { Button, Card, makeStyles, MessageBar, MessageBarBody, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, ArrowRightRegular, CheckmarkRegular, DismissRegular, PauseRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { RunResult, SupportScenario } from '../../../shared/plan/schema';
import { useAppStore } from '../../state/store';
import { CaseText } from './CaseText';
import { FocusDone } from './FocusDone';
import type { CaseRow } from './matrix';
import { ResultBadge } from './ResultBadge';
import { FailureFields, RunFields } from './RunFields';
import { testingStrings } from './strings';
import { useRunDraft } from './useRunDraft';
import { useShortcuts } from './useShortcuts';

const s = testingStrings.focus;
export type Tally = Record<'pass' | 'fail' | 'blocked' | 'skipped', number>;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  bar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    gap: tokens.spacingVerticalS,
    boxShadow: tokens.shadow8,
  },
  top: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  actions: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  position: { flex: 1, minWidth: '240px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 1000px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  card: { padding: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalL, minWidth: 0 },
  caseHead: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  id: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
  title: { outlineOffset: '4px' },
  status: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  keys: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  kbd: {
    marginLeft: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    minWidth: '14px',
    border: `${tokens.strokeWidthThin} solid currentColor`,
    borderRadius: tokens.borderRadiusSmall,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    opacity: 0.85,
  },
  help: { color: tokens.colorNeutralForeground3 },
});

function Key({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <kbd className={styles.kbd} aria-hidden>
      {label}
    </kbd>
  );
}

const RESULT_KEYS: { result: Exclude<RunResult, 'notRun'>; key: string; label: string; icon: ReactElement; appearance: 'primary' | 'secondary' }[] = [
  { result: 'pass', key: 'P', label: s.pass, icon: <CheckmarkRegular />, appearance: 'primary' },
  { result: 'fail', key: 'F', label: s.fail, icon: <DismissRegular />, appearance: 'secondary' },
  { result: 'blocked', key: 'B', label: s.blocked, icon: <PauseRegular />, appearance: 'secondary' },
];

/**
 * "Next case" mode: the cases not passed when it started, one at a time and large, recorded with
 * Pass (P), Fail (F) or Blocked (B), skipped with N or →, left with Esc. Fully usable by keyboard.
 */
export function FocusMode({
  queue: fullQueue,
  rows,
  scenarios,
  onLeave,
  onRestart,
}: {
  /** Case ids in the order to test them, fixed when the mode started. */
  queue: string[];
  rows: readonly CaseRow[];
  scenarios: readonly SupportScenario[];
  onLeave(): void;
  onRestart(): void;
}) {
  const styles = useStyles();
  // A case removed while testing is passed over.
  const queue = fullQueue.filter((id) => rows.some((r) => r.testCase.id === id));
  const draft = useRunDraft();
  const [position, setPosition] = useState(0);
  const [tally, setTally] = useState<Tally>({ pass: 0, fail: 0, blocked: 0, skipped: 0 });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const showNotice = useAppStore((st) => st.showNotice);
  const row = position < queue.length ? rows.find((r) => r.testCase.id === queue[position]) : undefined;
  const done = position >= queue.length;

  // Each new case takes the keyboard focus, so its title is read out and the shortcuts work at once.
  useEffect(() => {
    headingRef.current?.focus();
  }, [position]);

  const move = (by: 1 | -1, skipped = false) => {
    if (skipped) setTally((t) => ({ ...t, skipped: t.skipped + 1 }));
    draft.clear();
    setPosition((p) => Math.max(0, Math.min(queue.length, p + by)));
  };

  const act = async (result: Exclude<RunResult, 'notRun'>) => {
    if (!row || draft.busy) return;
    if (await draft.submit(row.testCase.id, result)) {
      showNotice('success', testingStrings.record.recorded(row.testCase.id, result));
      setTally((t) => ({ ...t, [result]: t[result] + 1 }));
      setPosition((p) => p + 1);
    }
  };

  useShortcuts(
    done
      ? { escape: onLeave }
      : {
          p: () => void act('pass'),
          f: () => void act('fail'),
          b: () => void act('blocked'),
          n: () => move(1, true),
          arrowright: () => move(1, true),
          arrowleft: () => move(-1),
          escape: onLeave,
        },
    () => headingRef.current?.focus(),
    !draft.busy,
  );

  return (
    <section className={styles.root} aria-label={s.heading}>
      <Card className={styles.bar}>
        <div className={styles.top}>
          <div className={styles.position}>
            <Text weight="semibold">{done ? s.finished(queue.length) : s.position(position + 1, queue.length)}</Text>
            <ProgressBar value={Math.min(position, queue.length)} max={Math.max(1, queue.length)} thickness="large" aria-label={s.progressLabel} />
          </div>
          <Button icon={<DismissRegular />} aria-keyshortcuts="Escape" onClick={onLeave}>
            {s.leave}
            <Key label="Esc" />
          </Button>
        </div>
        {!done && (
          <div className={styles.actions}>
            <div className={styles.keys} role="group" aria-label={s.keysLabel}>
              {RESULT_KEYS.map((k) => (
                <Button
                  key={k.result}
                  appearance={k.appearance}
                  icon={k.icon}
                  disabled={draft.busy}
                  aria-keyshortcuts={k.key}
                  onClick={() => void act(k.result)}
                >
                  {k.label}
                  <Key label={k.key} />
                </Button>
              ))}
            </div>
            <div className={styles.keys}>
              <Button icon={<ArrowLeftRegular />} disabled={position === 0 || draft.busy} aria-keyshortcuts="ArrowLeft" onClick={() => move(-1)}>
                {s.previous}
                <Key label="←" />
              </Button>
              <Button icon={<ArrowRightRegular />} iconPosition="after" disabled={draft.busy} aria-keyshortcuts="N ArrowRight" onClick={() => move(1, true)}>
                {s.skip}
                <Key label="N" />
              </Button>
            </div>
          </div>
        )}
        {!done && (
          <Text size={200} className={styles.help}>
            {s.keysHelp}
          </Text>
        )}
      </Card>

      {done ? (
        <FocusDone queue={queue} rows={rows} tally={tally} headingRef={headingRef} onRestart={onRestart} onLeave={onLeave} />
      ) : (
        row && (
          <div className={styles.grid}>
            <Card className={styles.card}>
              <div className={styles.caseHead}>
                <Text className={styles.id}>{row.testCase.id}</Text>
                <Text as="h3" size={600} weight="semibold" ref={headingRef} tabIndex={-1} className={styles.title}>
                  {row.testCase.title.trim() || testingStrings.untitled}
                </Text>
                <div className={styles.status}>
                  <Text className={styles.muted}>{s.status}</Text>
                  <ResultBadge result={row.status} />
                  <Text size={200} className={styles.muted}>
                    {row.latest ? s.lastRun(row.latest.tester, testingStrings.when(row.latest.at)) : s.neverRun}
                  </Text>
                </div>
              </div>
              <CaseText testCase={row.testCase} large />
            </Card>
            <Card className={styles.card}>
              <RunFields draft={draft} />
              <Text as="h4" weight="semibold">
                {s.ifFails}
              </Text>
              <FailureFields draft={draft} scenarios={scenarios} />
              {draft.error && (
                <MessageBar intent="error">
                  <MessageBarBody>{draft.error}</MessageBarBody>
                </MessageBar>
              )}
            </Card>
          </div>
        )
      )}
    </section>
  );
}
