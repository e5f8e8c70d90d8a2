import { Button, makeStyles, ProgressBar, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { WaveRegistrationView } from '../../../../shared/api';
import { exportTenantList } from '../../../app/fileActions';
import { SectionCard } from '../../../components/SectionCard';
import { useAppStore } from '../../../state/store';
import { useTenantReports } from '../../../state/useTenantReports';
import { rolloutStrings } from '../strings';

const s = rolloutStrings.readiness.registration;
/** Names of people still to register shown per wave; the export has them all. */
const NAMES_SHOWN = 3;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyle: 'none' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(96px, 160px) minmax(120px, 1fr) minmax(150px, auto)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: 'center',
    '@media (max-width: 700px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  wave: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  figure: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  share: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalS },
  names: { gridColumn: '2 / -1', color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere', '@media (max-width: 700px)': { gridColumn: 'auto' } },
  footer: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

const shareOf = (w: WaveRegistrationView) => (w.users === 0 ? 0 : Math.round((w.registered / w.users) * 100));

function WaveRow({ wave }: { wave: WaveRegistrationView }) {
  const styles = useStyles();
  const id = useId();
  const shown = wave.firstNotRegistered.slice(0, NAMES_SHOWN);
  const text = s.registered(wave.registered, wave.users);
  return (
    <li className={styles.row}>
      <Text id={id} weight="semibold" className={styles.wave} title={wave.wave}>
        {wave.wave}
      </Text>
      <ProgressBar
        value={wave.registered}
        max={Math.max(1, wave.users)}
        thickness="large"
        color={wave.users > 0 && wave.registered === wave.users ? 'success' : 'brand'}
        aria-label={s.barLabel(wave.wave)}
        aria-valuetext={text}
      />
      <Text className={styles.figure}>
        {text}
        <span className={styles.share}>{s.percent(shareOf(wave))}</span>
      </Text>
      <Text size={200} className={styles.names}>
        {wave.users === 0 ? s.emptyWave : wave.notRegistered === 0 ? s.allDone : s.notYet(shown.join(', '), wave.notRegistered - shown.length)}
      </Text>
    </li>
  );
}

/**
 * Registered and not registered users per rollout phase, from the tenant snapshot under the plan's
 * policy, and the Reminder email's audience as a CSV download.
 */
export function RegistrationByWave() {
  const styles = useStyles();
  useTenantReports();
  const users = useAppStore((st) => st.tenantUsers);
  const waves = useAppStore((st) => st.registration);
  const error = useAppStore((st) => st.reportsError);
  const openLicensingTab = useAppStore((st) => st.openLicensingTab);

  let body;
  if (users === 0) {
    body = (
      <>
        <Text>{s.noTenant}</Text>
        <div>
          <Button icon={<ArrowUploadRegular />} onClick={() => openLicensingTab('tenant')}>
            {s.importButton}
          </Button>
        </div>
      </>
    );
  } else if (error && !waves) body = <Text className={styles.muted}>{s.loadFailed(error)}</Text>;
  else if (!waves) body = <Spinner size="small" label={s.loading} />;
  else if (waves.every((w) => w.users === 0)) body = <Text>{s.nobody}</Text>;
  else {
    const notRegistered = waves.reduce((n, w) => n + w.notRegistered, 0);
    body = (
      <>
        <ul className={styles.list} aria-label={s.listLabel}>
          {waves.map((w) => (
            <WaveRow key={w.wave} wave={w} />
          ))}
        </ul>
        <div className={styles.footer}>
          <Text>{notRegistered === 0 ? s.allDone : s.total(notRegistered)}</Text>
          {notRegistered > 0 && (
            <Button icon={<ArrowDownloadRegular />} onClick={() => void exportTenantList('notRegistered', (file) => s.exported(notRegistered, file))}>
              {s.exportButton(notRegistered)}
            </Button>
          )}
        </div>
      </>
    );
  }
  return (
    <SectionCard id="rollout-registration" title={s.heading} description={s.description}>
      {body}
    </SectionCard>
  );
}
