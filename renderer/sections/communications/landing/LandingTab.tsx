import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, WarningRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { landingPage } from '../../../../shared/comms/landing';
import type { Plan } from '../../../../shared/plan/schema';
import { SectionCard } from '../../../components/SectionCard';
import { call } from '../../../state/apiClient';
import { useAppStore } from '../../../state/store';
import { landingSrcdoc, logoDataUrl } from '../campaignOps';
import { cspNonce } from '../../../app/cspNonce';
import { runExport } from '../../../app/exportedFiles';
import { PreviewFrame } from '../PreviewFrame';
import { commsStrings } from '../strings';

const s = commsStrings.landing;

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalL },
  address: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  url: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  problems: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyle: 'none' },
  problem: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, color: tokens.colorPaletteMarigoldForeground2 },
  icon: { flexShrink: 0, marginTop: '2px' },
});

/** The password landing page as it will look once published, and its download. */
export function LandingTab({ plan }: { plan: Plan }) {
  const styles = useStyles();
  const goToField = useAppStore((st) => st.goToField);
  const [busy, setBusy] = useState(false);
  const page = useMemo(() => landingPage(plan, logoDataUrl(plan.communications.logo)), [plan]);
  const srcDoc = useMemo(() => landingSrcdoc(page.html, page.css, cspNonce()), [page]);
  const url = plan.overview.landingPageUrl.trim();

  const download = async () => {
    setBusy(true);
    await runExport(
      () => call('comms.exportLanding', {}),
      (file) => s.downloaded(file.fileName, file.files),
    );
    setBusy(false);
  };

  return (
    <SectionCard title={s.heading} description={s.description}>
      <div className={styles.row}>
        <div className={styles.address}>
          <Text weight="semibold">{s.address}</Text>
          {url ? (
            <>
              <Text className={styles.url}>{url}</Text>
              <Text size={200} className={styles.muted}>
                {s.hostNote(url)}
              </Text>
            </>
          ) : (
            <Link as="button" onClick={() => goToField('overview.landingPageUrl')}>
              {s.noAddress}
            </Link>
          )}
        </div>
        <Button appearance="primary" icon={<ArrowDownloadRegular />} disabled={busy} onClick={() => void download()}>
          {s.download}
        </Button>
      </div>
      {page.filled.problems.length > 0 && (
        <ul className={styles.problems} aria-label={s.problemsLabel}>
          {page.filled.problems.map((p) => (
            <li key={JSON.stringify(p)} className={styles.problem}>
              <WarningRegular className={styles.icon} />
              <Text size={200}>{commsStrings.preview.problem(p)}</Text>
            </li>
          ))}
        </ul>
      )}
      <PreviewFrame srcDoc={srcDoc} title={s.frameTitle} width="100%" />
    </SectionCard>
  );
}
