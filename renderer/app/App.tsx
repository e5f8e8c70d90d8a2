import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { bindHashNavigation } from '../state/navigationSlice';
import { useAppStore } from '../state/store';
import { AppHeader } from './AppHeader';
import { LoadState } from './LoadState';
import { NoticeBar } from './NoticeBar';
import { SectionContent } from './SectionContent';
import { SectionNav } from './SectionNav';
import { useUndoShortcuts } from './useUndoShortcuts';

const useStyles = makeStyles({
  frame: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    minWidth: '720px',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  body: { display: 'flex', flex: 1, minHeight: 0 },
  column: { flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
  main: { flex: 1, minHeight: 0, overflowY: 'auto', display: 'flex', flexDirection: 'column' },
  notice: {
    width: '100%',
    maxWidth: '1120px',
    marginInline: 'auto',
    boxSizing: 'border-box',
    paddingInline: tokens.spacingHorizontalXXL,
    paddingBottom: tokens.spacingVerticalS,
    ':empty': { display: 'none' },
    '& > *': { marginTop: tokens.spacingVerticalL },
  },
});

function useStartOnce(): void {
  const start = useAppStore((s) => s.start);
  const started = useRef(false);
  useEffect(() => {
    // StrictMode runs effects twice in development; the plan must load once.
    if (started.current) return;
    started.current = true;
    void start();
  }, [start]);
}

export function App() {
  const styles = useStyles();
  const ready = useAppStore((s) => s.load === 'ready');
  const syncFromHash = useAppStore((s) => s.syncFromHash);
  useStartOnce();
  useUndoShortcuts();
  useEffect(() => bindHashNavigation(syncFromHash), [syncFromHash]);

  return (
    <div className={styles.frame}>
      <AppHeader />
      <div className={styles.body}>
        {ready && <SectionNav />}
        <div className={styles.column}>
          {/* Outside the scrolling area so the outcome of a file action is seen wherever the user is. */}
          <div className={styles.notice}>
            <NoticeBar />
          </div>
          <main className={styles.main}>{ready ? <SectionContent /> : <LoadState />}</main>
        </div>
      </div>
    </div>
  );
}
