import {
  BeakerRegular,
  BoardRegular,
  CertificateRegular,
  ClipboardTaskListLtrRegular,
  DataHistogramRegular,
  HeadsetRegular,
  MailRegular,
  PeopleTeamRegular,
  RocketRegular,
  SettingsRegular,
  type FluentIcon,
} from '@fluentui/react-icons';
import type { SectionId } from '../../shared/plan/findings';

export const SECTION_ICONS: Record<SectionId, FluentIcon> = {
  overview: BoardRegular,
  stakeholders: PeopleTeamRegular,
  licensing: CertificateRegular,
  configuration: SettingsRegular,
  communications: MailRegular,
  testing: ClipboardTaskListLtrRegular,
  support: HeadsetRegular,
  reporting: DataHistogramRegular,
  rollout: RocketRegular,
  simulator: BeakerRegular,
};
