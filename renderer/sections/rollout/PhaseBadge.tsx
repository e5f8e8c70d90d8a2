import { Badge } from '@fluentui/react-components';
import type { Phase } from '../../../shared/plan/schema';
import { rolloutStrings } from './strings';

const COLOR = { pilot: 'warning', wave: 'brand', all: 'success' } as const satisfies Record<Phase['kind'], string>;

/** The kind of a phase as a small tinted badge beside its name. */
export function PhaseBadge({ kind }: { kind: Phase['kind'] }) {
  return (
    <Badge appearance="tint" color={COLOR[kind]}>
      {rolloutStrings.kinds[kind]}
    </Badge>
  );
}
