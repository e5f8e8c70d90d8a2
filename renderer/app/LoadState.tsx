import {
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DocumentAddRegular, FolderOpenRegular, SparkleRegular } from '@fluentui/react-icons';
import { useAppStore } from '../state/store';
import { newPlan, openPlan } from './fileActions';
import { appStrings } from './strings';

const s = appStrings.load;

const useStyles = makeStyles({
  center: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXXXL,
    height: '100%',
    boxSizing: 'border-box',
  },
  centered: { textAlign: 'center' },
  command: {
    display: 'block',
    marginTop: tokens.spacingVerticalS,
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground1,
    whiteSpace: 'nowrap',
  },
  failed: { maxWidth: '640px', width: '100%' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', justifyContent: 'center' },
  muted: { color: tokens.colorNeutralForeground3, maxWidth: '520px' },
});

function NoPlan() {
  const styles = useStyles();
  const dialogs = useAppStore((state) => state.session?.dialogs ?? false);
  return (
    <div className={styles.center}>
      <Text as="h2" size={600} weight="semibold">
        {s.noPlanTitle}
      </Text>
      {dialogs ? (
        <Text className={mergeClasses(styles.muted, styles.centered)}>{s.noPlanDesktop}</Text>
      ) : (
        <Text className={mergeClasses(styles.muted, styles.centered)}>
          {s.noPlanBrowser} <span className={styles.command}>{s.noPlanCommand}</span>
        </Text>
      )}
      {dialogs && (
        <div className={styles.actions}>
          <Button appearance="primary" icon={<DocumentAddRegular />} onClick={() => void newPlan(false)}>
            {appStrings.file.newPlan}
          </Button>
          <Button icon={<SparkleRegular />} onClick={() => void newPlan(true)}>
            {appStrings.file.newDemoPlan}
          </Button>
          <Button icon={<FolderOpenRegular />} onClick={() => void openPlan()}>
            {appStrings.file.open}
          </Button>
        </div>
      )}
    </div>
  );
}

function Failed() {
  const styles = useStyles();
  const message = useAppStore((state) => state.loadError);
  const start = useAppStore((state) => state.start);
  return (
    <div className={styles.center}>
      <MessageBar intent="error" layout="multiline" className={styles.failed}>
        <MessageBarBody>
          <MessageBarTitle>{s.failedTitle}</MessageBarTitle>
          {message}
        </MessageBarBody>
      </MessageBar>
      <Button onClick={() => void start()}>{s.retry}</Button>
    </div>
  );
}

/** What the main area shows while no plan is on screen. */
export function LoadState() {
  const styles = useStyles();
  const load = useAppStore((state) => state.load);
  if (load === 'noPlan') return <NoPlan />;
  if (load === 'failed') return <Failed />;
  return (
    <div className={styles.center}>
      <Spinner label={s.loading} />
    </div>
  );
}
