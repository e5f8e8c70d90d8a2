import type { Policy } from '../../../../shared/plan/schema';

/** What a setting row hands its control: the policy, and the ids that label and describe the control. */
export interface ControlProps {
  policy: Policy;
  labelId: string;
  describedBy: string;
  disabled: boolean;
}
