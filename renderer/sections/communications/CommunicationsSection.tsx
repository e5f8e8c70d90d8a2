import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Finding } from '../../../shared/plan/findings';
import { appStrings } from '../../app/strings';
import { GeneralFindings } from '../../components/GeneralFindings';
import { SectionPage } from '../../components/SectionPage';
import { SectionTabs } from '../../components/SectionTabs';
import { findingsOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { tabOfField } from './campaignOps';
import { BrandingTab } from './branding/BrandingTab';
import { EmailsTab } from './emails/EmailsTab';
import { LandingTab } from './landing/LandingTab';
import { ScheduleTab } from './schedule/ScheduleTab';
import { commsStrings as s, type CommsTab } from './strings';
import { TestSendTab } from './testSend/TestSendTab';

const TABS: CommsTab[] = ['emails', 'schedule', 'branding', 'landing', 'testSend'];

/** Fields the tabs show findings at; the rest are listed above the tabs. */
const SHOWN_AT_FIELD = ['communications.emails.', 'communications.templates.', 'communications.sender', 'communications.brandColor', 'communications.logo'];

const isGeneral = (f: Finding) => !SHOWN_AT_FIELD.some((prefix) => f.field.startsWith(prefix));

/**
 * The email campaign: wording and preview of each email, the schedule per rollout phase with its
 * exports, sender and branding, the landing page, and a test send through the team's SMTP server.
 */
export function CommunicationsSection() {
  const plan = useAppStore((st) => st.plan);
  const general = useAppStore(useShallow((st) => findingsOf(st.findings, 'communications').filter(isGeneral)));
  const pendingFocus = useAppStore((st) => st.pendingFocus);
  const [tab, setTab] = useState<CommsTab>(() => tabOfField(pendingFocus) ?? 'emails');
  // A finding's "go to field" from within the section: show the tab holding the field first.
  const wanted = tabOfField(pendingFocus);
  if (wanted !== null && wanted !== tab) setTab(wanted);
  if (!plan) return null;
  return (
    <SectionPage title={appStrings.sectionTitles.communications} intro={s.intro} section="communications">
      <GeneralFindings findings={general} heading={s.findingsHeading} label={s.findingsLabel} />
      <SectionTabs<CommsTab> tabs={TABS} labels={s.tabs} selected={tab} onSelect={setTab} ariaLabel={s.tabsLabel}>
        {tab === 'emails' && <EmailsTab plan={plan} />}
        {tab === 'schedule' && <ScheduleTab plan={plan} />}
        {tab === 'branding' && <BrandingTab plan={plan} />}
        {tab === 'landing' && <LandingTab plan={plan} />}
        {tab === 'testSend' && <TestSendTab plan={plan} />}
      </SectionTabs>
    </SectionPage>
  );
}
