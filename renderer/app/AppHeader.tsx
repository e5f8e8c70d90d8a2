import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { ShieldKeyholeFilled } from '@fluentui/react-icons';
import { fileNameOf } from '../state/selectors';
import { useAppStore } from '../state/store';
import { FileMenu } from './FileMenu';
import { SaveStatus } from './SaveStatus';
import { appStrings } from './strings';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    minHeight: '52px',
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
    zIndex: 1,
  },
  brand: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexShrink: 0 },
  logo: { color: tokens.colorBrandForeground1 },
  plan: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    flex: 1,
    paddingLeft: tokens.spacingHorizontalL,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  ellipsis: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  fileName: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexShrink: 1, minWidth: 0 },
});

function PlanTitle() {
  const styles = useStyles();
  const organization = useAppStore((s) => s.plan?.overview.organization.trim() ?? '');
  const path = useAppStore((s) => s.path);
  if (path === null) return <div className={styles.plan} />;
  return (
    <div className={styles.plan}>
      <Text weight="semibold" className={styles.ellipsis}>
        {organization || appStrings.unnamedPlan}
      </Text>
      <Text size={200} className={mergeClasses(styles.ellipsis, styles.fileName)} title={path}>
        {fileNameOf(path)}
      </Text>
    </div>
  );
}

export function AppHeader() {
  const styles = useStyles();
  const ready = useAppStore((s) => s.load === 'ready');
  // Without dialogs the menu only acts on an open plan.
  const showFileMenu = useAppStore((s) => s.session?.dialogs === true || s.plan !== null);
  return (
    <header className={styles.header}>
      <div className={styles.brand}>
        <ShieldKeyholeFilled className={styles.logo} fontSize={24} aria-hidden />
        <Text as="h1" size={400} weight="semibold">
          {appStrings.appName}
        </Text>
      </div>
      <PlanTitle />
      <div className={styles.actions}>
        {ready && <SaveStatus />}
        {showFileMenu && <FileMenu />}
      </div>
    </header>
  );
}
