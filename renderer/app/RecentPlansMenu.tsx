import { makeStyles, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Text, tokens } from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { RecentPlan } from '../../shared/api';
import { call } from '../state/apiClient';
import { openRecent } from './fileActions';
import { appStrings } from './strings';

const useStyles = makeStyles({
  list: { maxWidth: '420px' },
  item: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  path: { color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

/** "Open recent" submenu; the list is fetched each time it opens so it is never stale. */
export function RecentPlansMenu() {
  const styles = useStyles();
  const [recent, setRecent] = useState<RecentPlan[]>([]);

  const refresh = (open: boolean) => {
    if (!open) return;
    call('recent.list', {})
      .then(setRecent)
      .catch(() => setRecent([]));
  };

  return (
    <Menu onOpenChange={(_, data) => refresh(data.open)}>
      <MenuTrigger disableButtonEnhancement>
        <MenuItem icon={<HistoryRegular />}>{appStrings.file.openRecent}</MenuItem>
      </MenuTrigger>
      <MenuPopover>
        <MenuList className={styles.list}>
          {recent.length === 0 ? (
            <MenuItem disabled>{appStrings.file.noRecent}</MenuItem>
          ) : (
            recent.map((r) => (
              <MenuItem key={r.path} title={r.path} onClick={() => void openRecent(r.path)}>
                <span className={styles.item}>
                  <Text weight="semibold">{r.name || appStrings.unnamedPlan}</Text>
                  <Text size={200} className={styles.path}>
                    {r.path}
                  </Text>
                </span>
              </MenuItem>
            ))
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
