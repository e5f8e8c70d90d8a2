import { Field, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import type { Policy } from '../../../../shared/plan/schema';
import { configStrings } from '../strings';
import { oneOf } from './choices';
import { CommitInput } from '../../../components/CommitInput';
import type { ControlProps } from './types';
import { useSavePolicy } from './useSavePolicy';

const SCOPES = ['none', 'selected', 'all'] as const satisfies readonly Policy['scope'][];
const s = configStrings.scope;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  radios: { flexWrap: 'wrap' },
  group: { maxWidth: '360px' },
});

/** None / Selected / All, and the group's name when the scope is Selected. */
export function ScopeControl({ policy, labelId, describedBy, disabled }: ControlProps) {
  const styles = useStyles();
  const save = useSavePolicy();
  return (
    <div className={styles.root}>
      <RadioGroup
        layout="horizontal"
        className={styles.radios}
        value={policy.scope}
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        disabled={disabled}
        onChange={(_, data) => {
          const scope = oneOf(SCOPES, data.value);
          if (scope) void save('scope', scope);
        }}
      >
        {SCOPES.map((scope) => (
          <Radio key={scope} value={scope} label={s[scope]} />
        ))}
      </RadioGroup>
      {policy.scope === 'selected' && (
        <Field label={s.groupLabel} className={styles.group}>
          <CommitInput
            value={policy.group}
            placeholder={s.groupPlaceholder}
            disabled={disabled}
            onCommit={(group) => save('group', group.trim())}
          />
        </Field>
      )}
    </div>
  );
}
