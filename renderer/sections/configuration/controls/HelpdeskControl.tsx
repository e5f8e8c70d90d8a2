import { Field, makeStyles, tokens } from '@fluentui/react-components';
import { configStrings } from '../strings';
import { CommitInput } from '../../../components/CommitInput';
import { ToggleControl } from './ToggleControl';
import type { ControlProps } from './types';
import { useSavePolicy } from './useSavePolicy';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  link: { maxWidth: '420px' },
});

/** The switch, and while it is on, the email address or https page users are sent to. */
export function HelpdeskControl(props: ControlProps) {
  const styles = useStyles();
  const save = useSavePolicy();
  const { policy, disabled } = props;
  return (
    <div className={styles.root}>
      <ToggleControl {...props} field="helpdesk" />
      {policy.helpdesk && (
        <Field label={configStrings.helpdesk.linkLabel} className={styles.link}>
          <CommitInput
            value={policy.helpdeskLink}
            placeholder={configStrings.helpdesk.linkPlaceholder}
            disabled={disabled}
            onCommit={(link) => save('helpdeskLink', link.trim())}
          />
        </Field>
      )}
    </div>
  );
}
