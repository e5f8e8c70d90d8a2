import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { ArrowRightRegular, WrenchRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Finding } from '../../shared/plan/findings';
import { useAppStore } from '../state/store';
import { componentStrings } from './strings';

const useStyles = makeStyles({
  code: {
    marginLeft: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
    whiteSpace: 'nowrap',
  },
  severity: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

const INTENT = { error: 'error', warning: 'warning', info: 'info' } as const;

/**
 * One validation finding: severity icon, message, stable code, a fix when main offers one and,
 * where the finding is listed away from its field (`locate`), a button that goes to the field.
 */
export function FindingItem({ finding, locate = false }: { finding: Finding; locate?: boolean }) {
  const styles = useStyles();
  const applyChanges = useAppStore((s) => s.applyChanges);
  const goToField = useAppStore((s) => s.goToField);
  const [fixing, setFixing] = useState(false);
  const { fix } = finding;

  const applyFix = async () => {
    if (!fix) return;
    setFixing(true);
    await applyChanges(fix.changes);
    setFixing(false);
  };

  return (
    <MessageBar intent={INTENT[finding.severity]} layout="multiline">
      <MessageBarBody>
        <span className={styles.severity}>{componentStrings.severity[finding.severity]}: </span>
        {finding.message}
        <Text size={100} className={styles.code}>
          {finding.code}
        </Text>
      </MessageBarBody>
      {(fix || locate) && (
        <MessageBarActions>
          {locate && (
            <Button size="small" appearance="subtle" icon={<ArrowRightRegular />} onClick={() => goToField(finding.field)}>
              {componentStrings.goToField}
            </Button>
          )}
          {fix && (
            <Button size="small" icon={<WrenchRegular />} disabled={fixing} onClick={() => void applyFix()}>
              {fix.label}
            </Button>
          )}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
