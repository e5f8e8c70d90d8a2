import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Spinner,
  Text,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { ApiOutputs } from '../../../shared/api';
import type { EvidenceRef } from '../../../shared/plan/schema';
import { call, errorMessage } from '../../state/apiClient';
import { useAppStore } from '../../state/store';
import { downloadEvidence, isImage } from './evidenceFiles';
import { testingStrings } from './strings';

const s = testingStrings.evidence;
type EvidenceData = ApiOutputs['testing.evidence'];

// Evidence never changes once recorded, so each file is fetched at most once per session.
const loaded = new Map<string, Promise<EvidenceData>>();
function loadEvidence(id: string): Promise<EvidenceData> {
  let pending = loaded.get(id);
  if (!pending) {
    pending = call('testing.evidence', { id });
    pending.catch(() => loaded.delete(id));
    loaded.set(id, pending);
  }
  return pending;
}

const useStyles = makeStyles({
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  thumbButton: { padding: 0, minWidth: 0, height: 'auto', borderRadius: tokens.borderRadiusMedium, overflow: 'hidden' },
  thumb: {
    display: 'block',
    width: '72px',
    height: '54px',
    objectFit: 'cover',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  placeholder: {
    width: '72px',
    height: '54px',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    flexShrink: 0,
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  size: { color: tokens.colorNeutralForeground3 },
  full: { maxWidth: '100%', maxHeight: '70vh', display: 'block', marginInline: 'auto' },
  surface: { maxWidth: 'min(1000px, 92vw)' },
});

/** One evidence file of a run: a thumbnail for images (opens larger), a download for every file. */
export function EvidenceItem({ file }: { file: EvidenceRef }) {
  const styles = useStyles();
  // Fluent gives the focus back only to DialogTrigger; the viewer opens from state, so mark the opener.
  const returnFocusHere = useRestoreFocusTarget();
  const image = isImage(file.type);
  const [data, setData] = useState<EvidenceData | null>(null);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  const showNotice = useAppStore((st) => st.showNotice);

  useEffect(() => {
    if (!image) return;
    let live = true;
    loadEvidence(file.id).then(
      (d) => live && setData(d),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [file.id, image]);

  const download = async () => {
    try {
      const d = data ?? (await loadEvidence(file.id));
      downloadEvidence(file.name, d.type, d.dataBase64);
    } catch (error) {
      showNotice('error', errorMessage(error));
    }
  };

  const src = data && image ? `data:${data.type};base64,${data.dataBase64}` : null;
  return (
    <div className={styles.item}>
      {src ? (
        <Button {...returnFocusHere} appearance="subtle" className={styles.thumbButton} aria-label={s.view(file.name)} onClick={() => setOpen(true)}>
          <img src={src} alt="" className={styles.thumb} />
        </Button>
      ) : (
        <span className={styles.placeholder} aria-hidden>
          {image && !failed ? <Spinner size="tiny" /> : <DocumentRegular fontSize={24} />}
        </span>
      )}
      <span className={styles.text}>
        <Text size={200} className={styles.name} title={file.name}>
          {file.name}
        </Text>
        <Text size={200} className={styles.size}>
          {failed ? s.notLoaded : testingStrings.size(file.size)}
        </Text>
      </span>
      <Button appearance="subtle" size="small" icon={<ArrowDownloadRegular />} aria-label={s.download(file.name)} onClick={() => void download()} />
      {src && (
        <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
          <DialogSurface className={styles.surface}>
            <DialogBody>
              <DialogTitle>{file.name}</DialogTitle>
              <DialogContent>
                <img src={src} alt={file.name} className={styles.full} />
              </DialogContent>
              <DialogActions>
                <Button icon={<ArrowDownloadRegular />} onClick={() => void download()}>
                  {s.download(file.name)}
                </Button>
                <Button appearance="primary" onClick={() => setOpen(false)}>
                  {s.close}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </div>
  );
}
