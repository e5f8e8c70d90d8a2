import { useEffect } from 'react';
import { ConfigurationSection } from '../sections/configuration/ConfigurationSection';
import { UpcomingSection } from '../sections/upcoming/UpcomingSection';
import { useAppStore } from '../state/store';
import { focusField } from './focusField';

/** Focuses a field a finding pointed at, once its section is on screen. */
function usePendingFocus(): void {
  const pendingFocus = useAppStore((s) => s.pendingFocus);
  const section = useAppStore((s) => s.section);
  const clearPendingFocus = useAppStore((s) => s.clearPendingFocus);
  useEffect(() => {
    if (pendingFocus === null) return;
    // The section renders in this commit; wait one frame so its controls are in the document.
    const frame = requestAnimationFrame(() => {
      focusField(pendingFocus);
      clearPendingFocus();
    });
    return () => cancelAnimationFrame(frame);
  }, [pendingFocus, section, clearPendingFocus]);
}

export function SectionContent() {
  const section = useAppStore((s) => s.section);
  usePendingFocus();
  if (section === 'configuration') return <ConfigurationSection />;
  return <UpcomingSection key={section} section={section} />;
}
