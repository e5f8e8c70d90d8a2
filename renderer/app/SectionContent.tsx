import { ConfigurationSection } from '../sections/configuration/ConfigurationSection';
import { UpcomingSection } from '../sections/upcoming/UpcomingSection';
import { useAppStore } from '../state/store';

export function SectionContent() {
  const section = useAppStore((s) => s.section);
  if (section === 'configuration') return <ConfigurationSection />;
  return <UpcomingSection key={section} section={section} />;
}
