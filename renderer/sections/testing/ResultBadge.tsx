import { Badge, type BadgeProps } from '@fluentui/react-components';
import { CheckmarkCircleFilled, DismissCircleFilled, CircleRegular, PauseCircleFilled } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { RunResult } from '../../../shared/plan/schema';
import { testingStrings as s } from './strings';

const LOOK: Record<RunResult, { color: BadgeProps['color']; appearance: BadgeProps['appearance']; icon: ReactElement }> = {
  pass: { color: 'success', appearance: 'filled', icon: <CheckmarkCircleFilled /> },
  fail: { color: 'danger', appearance: 'filled', icon: <DismissCircleFilled /> },
  blocked: { color: 'severe', appearance: 'filled', icon: <PauseCircleFilled /> },
  notRun: { color: 'informative', appearance: 'outline', icon: <CircleRegular /> },
};

/** A run's result, or a case's status, as a coloured badge with an icon and its word (never colour alone). */
export function ResultBadge({ result, size = 'large' }: { result: RunResult; size?: BadgeProps['size'] }) {
  const look = LOOK[result];
  return (
    <Badge color={look.color} appearance={look.appearance} icon={look.icon} size={size}>
      {s.results[result]}
    </Badge>
  );
}
