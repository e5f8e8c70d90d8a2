import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  tabs: { marginTop: `calc(-1 * ${tokens.spacingVerticalS})`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

interface SectionTabsProps<T extends string> {
  tabs: readonly T[];
  labels: Record<T, string>;
  selected: T;
  onSelect(tab: T): void;
  ariaLabel: string;
  /** The selected tab's content; only that tab is rendered. */
  children: ReactNode;
}

/** A section's tab strip and the panel of the selected tab, labelled by its tab for screen readers. */
export function SectionTabs<T extends string>({ tabs, labels, selected, onSelect, ariaLabel, children }: SectionTabsProps<T>) {
  const styles = useStyles();
  const baseId = useId();
  const tabId = (t: T) => `${baseId}-tab-${t}`;
  return (
    <>
      <TabList className={styles.tabs} selectedValue={selected} onTabSelect={(_, data) => onSelect(data.value as T)} aria-label={ariaLabel}>
        {tabs.map((t) => (
          <Tab key={t} value={t} id={tabId(t)}>
            {labels[t]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-labelledby={tabId(selected)} className={styles.panel}>
        {children}
      </div>
    </>
  );
}
