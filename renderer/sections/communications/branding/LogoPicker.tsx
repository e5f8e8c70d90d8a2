import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { DeleteRegular, ImageAddRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import type { Logo } from '../../../../shared/plan/schema';
import { PlanField } from '../../../components/fields/PlanField';
import { useSave } from '../../../state/useSave';
import { bytesToBase64 } from '../../../app/base64';
import { checkLogo, logoDataUrl } from '../campaignOps';
import { commsStrings } from '../strings';

const s = commsStrings.branding;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  frame: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    minWidth: '160px',
    minHeight: '72px',
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    boxSizing: 'border-box',
  },
  img: { maxHeight: '64px', maxWidth: '220px', display: 'block' },
  muted: { color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hidden: { display: 'none' },
  name: { overflowWrap: 'anywhere' },
});

async function readLogo(file: File): Promise<Logo | string> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return s.unreadable(file.name);
  }
  const check = checkLogo(file.type, file.size, bytes.subarray(0, 8));
  if (!check.ok) {
    if (check.reason === 'type') return s.wrongType(file.name);
    if (check.reason === 'size') return s.tooBig(file.name, Math.ceil(file.size / 1024));
    return s.notImage(file.name);
  }
  return { name: file.name.replace(/[\r\n]/g, ' ').slice(0, 255), type: check.type, dataBase64: bytesToBase64(bytes) };
}

/** The logo in the emails' band: shown, replaced from a file, or removed. A refused file leaves the logo as it was. */
export function LogoPicker({ logo }: { logo: Logo | null }) {
  const styles = useStyles();
  const save = useSave();
  const input = useRef<HTMLInputElement>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const src = logoDataUrl(logo);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readLogo(file);
    if (typeof read === 'string') {
      setRefusal(read);
      return;
    }
    setRefusal(null);
    await save('communications.logo', read);
  };

  return (
    <PlanField field="communications.logo" label={s.logo} hint={s.logoHint}>
      <div className={styles.root}>
        <div className={styles.frame}>
          {src && logo ? <img src={src} alt={s.logoAlt(logo.name)} className={styles.img} /> : <Text className={styles.muted}>{s.noLogo}</Text>}
        </div>
        {logo && (
          <Text size={200} className={`${styles.muted} ${styles.name}`}>
            {logo.name}
          </Text>
        )}
        <input
          ref={input}
          type="file"
          accept="image/png,image/jpeg,image/gif"
          className={styles.hidden}
          aria-label={s.chooseLabel}
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <div className={styles.buttons}>
          <Button icon={<ImageAddRegular />} onClick={() => input.current?.click()}>
            {logo ? s.replace : s.choose}
          </Button>
          {logo && (
            <Button icon={<DeleteRegular />} onClick={() => void save('communications.logo', null)}>
              {s.remove}
            </Button>
          )}
        </div>
        {refusal && (
          <MessageBar intent="error" role="alert" layout="multiline">
            <MessageBarBody>{refusal}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </PlanField>
  );
}
