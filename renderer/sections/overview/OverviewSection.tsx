import { UpcomingSection } from '../upcoming/UpcomingSection';

/** Placeholder until this section's editor is built. */
export function OverviewSection() {
  return <UpcomingSection section="overview" />;
}
