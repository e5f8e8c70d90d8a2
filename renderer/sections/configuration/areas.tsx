import type { ReactNode } from 'react';
import type { Plan, Policy } from '../../../shared/plan/schema';
import { CountControl } from './controls/CountControl';
import { HelpdeskControl } from './controls/HelpdeskControl';
import { LockScreenControl } from './controls/LockScreenControl';
import { MethodsControl } from './controls/MethodsControl';
import { QuestionSetControl } from './controls/QuestionSetControl';
import { ReconfirmDaysControl } from './controls/ReconfirmDaysControl';
import { ScopeControl } from './controls/ScopeControl';
import { ToggleControl } from './controls/ToggleControl';
import type { ControlProps } from './controls/types';
import { POLICY_AREAS, recommendationOf } from '../../../shared/plan/policySettings';
import { configStrings, type AreaId, type SettingId } from './strings';

export interface SettingDef {
  id: SettingId;
  /** Policy fields whose findings are shown under this row. */
  fields: (keyof Policy)[];
  control(props: ControlProps): ReactNode;
  /** A setting that only applies in some policies: otherwise its control is disabled and the hint says why. */
  appliesWhen?: { test(policy: Policy): boolean; hint: string };
}

export interface AreaDef {
  id: AreaId;
  settings: SettingDef[];
}

/** Each setting's control; which settings exist, in which area and order, is shared/plan/policySettings.ts. */
const CONTROLS: Record<SettingId, (props: ControlProps) => ReactNode> = {
  scope: (p) => <ScopeControl {...p} />,
  methods: (p) => <MethodsControl {...p} />,
  methodsToReset: (p) => <CountControl {...p} field="methodsToReset" min={1} max={2} />,
  methodsToRegister: (p) => <CountControl {...p} field="methodsToRegister" min={1} max={6} />,
  questionsToRegister: (p) => <CountControl {...p} field="questionsToRegister" min={3} max={5} />,
  questionsToReset: (p) => <CountControl {...p} field="questionsToReset" min={3} max={5} />,
  questionSet: (p) => <QuestionSetControl {...p} />,
  requireRegistration: (p) => <ToggleControl {...p} field="requireRegistration" />,
  prepopulated: (p) => <ToggleControl {...p} field="prepopulated" />,
  reconfirmDays: (p) => <ReconfirmDaysControl {...p} />,
  notifyUsers: (p) => <ToggleControl {...p} field="notifyUsers" />,
  notifyAdmins: (p) => <ToggleControl {...p} field="notifyAdmins" />,
  helpdesk: (p) => <HelpdeskControl {...p} />,
  writeback: (p) => <ToggleControl {...p} field="writeback" />,
  unlockWithoutReset: (p) => <ToggleControl {...p} field="unlockWithoutReset" />,
  lockScreenReset: (p) => <LockScreenControl {...p} />,
};

/** The policy table of sspr-domain.md §2 (plus the Windows lock screen), in the order admins know it. */
export const AREAS: AreaDef[] = POLICY_AREAS.map((area) => ({
  id: area.id,
  settings: area.settings.map((setting) => ({
    id: setting.id,
    fields: setting.fields,
    control: CONTROLS[setting.id],
    ...(setting.applies ? { appliesWhen: { test: setting.applies, hint: configStrings.questionsOff } } : {}),
  })),
}));

/** Every finding path a row shows, so the rest can be listed at the top of the section. */
export const ROW_FIELDS: string[] = AREAS.flatMap((a) => a.settings.flatMap((s) => s.fields.map((f) => `policy.${f}`)));

export function recommendation(id: SettingId, plan: Plan): string | null {
  return recommendationOf(id, plan);
}
