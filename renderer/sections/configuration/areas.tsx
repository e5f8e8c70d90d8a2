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

const questionsOn = { test: (policy: Policy) => policy.methods.includes('securityQuestions'), hint: configStrings.questionsOff };

/** The policy table of sspr-domain.md §2 (plus the Windows lock screen), in the order admins know it. */
export const AREAS: AreaDef[] = [
  { id: 'properties', settings: [{ id: 'scope', fields: ['scope', 'group'], control: (p) => <ScopeControl {...p} /> }] },
  {
    id: 'methods',
    settings: [
      { id: 'methods', fields: ['methods'], control: (p) => <MethodsControl {...p} /> },
      { id: 'methodsToReset', fields: ['methodsToReset'], control: (p) => <CountControl {...p} field="methodsToReset" min={1} max={2} /> },
      {
        id: 'methodsToRegister',
        fields: ['methodsToRegister'],
        control: (p) => <CountControl {...p} field="methodsToRegister" min={1} max={6} />,
      },
    ],
  },
  {
    id: 'questions',
    settings: [
      {
        id: 'questionsToRegister',
        fields: ['questionsToRegister'],
        control: (p) => <CountControl {...p} field="questionsToRegister" min={3} max={5} />,
        appliesWhen: questionsOn,
      },
      {
        id: 'questionsToReset',
        fields: ['questionsToReset'],
        control: (p) => <CountControl {...p} field="questionsToReset" min={3} max={5} />,
        appliesWhen: questionsOn,
      },
      {
        id: 'questionSet',
        fields: ['predefinedQuestions', 'customQuestions'],
        control: (p) => <QuestionSetControl {...p} />,
        appliesWhen: questionsOn,
      },
    ],
  },
  {
    id: 'registration',
    settings: [
      { id: 'requireRegistration', fields: ['requireRegistration'], control: (p) => <ToggleControl {...p} field="requireRegistration" /> },
      { id: 'prepopulated', fields: ['prepopulated'], control: (p) => <ToggleControl {...p} field="prepopulated" /> },
      { id: 'reconfirmDays', fields: ['reconfirmDays'], control: (p) => <ReconfirmDaysControl {...p} /> },
    ],
  },
  {
    id: 'notifications',
    settings: [
      { id: 'notifyUsers', fields: ['notifyUsers'], control: (p) => <ToggleControl {...p} field="notifyUsers" /> },
      { id: 'notifyAdmins', fields: ['notifyAdmins'], control: (p) => <ToggleControl {...p} field="notifyAdmins" /> },
    ],
  },
  { id: 'customization', settings: [{ id: 'helpdesk', fields: ['helpdesk', 'helpdeskLink'], control: (p) => <HelpdeskControl {...p} /> }] },
  {
    id: 'onPremises',
    settings: [
      { id: 'writeback', fields: ['writeback'], control: (p) => <ToggleControl {...p} field="writeback" /> },
      { id: 'unlockWithoutReset', fields: ['unlockWithoutReset'], control: (p) => <ToggleControl {...p} field="unlockWithoutReset" /> },
    ],
  },
  { id: 'lockScreen', settings: [{ id: 'lockScreenReset', fields: ['lockScreenReset'], control: (p) => <LockScreenControl {...p} /> }] },
];

/** Every finding path a row shows, so the rest can be listed at the top of the section. */
export const ROW_FIELDS: string[] = AREAS.flatMap((a) => a.settings.flatMap((s) => s.fields.map((f) => `policy.${f}`)));

export function recommendation(id: SettingId, plan: Plan): string | null {
  const recommended = configStrings.settings[id].recommended;
  return typeof recommended === 'function' ? recommended(plan.overview.environment) : recommended;
}
