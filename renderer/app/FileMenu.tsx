import { Menu, MenuButton, MenuDivider, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  ArrowUploadRegular,
  DocumentAddRegular,
  DocumentArrowDownRegular,
  DocumentTableRegular,
  DocumentTextRegular,
  FolderOpenRegular,
  SparkleRegular,
} from '@fluentui/react-icons';
import { useRef } from 'react';
import { useAppStore } from '../state/store';
import { exportDocument, useExporting } from './documentExports';
import { exportJsonDownload, exportJsonWithDialog, newPlan, openPlan } from './fileActions';
import { ImportJsonInput } from './ImportJsonInput';
import { RecentPlansMenu } from './RecentPlansMenu';
import { appStrings } from './strings';

const s = appStrings.file;

/** Plan file actions: native dialogs in the desktop app, download and upload in the browser. */
export function FileMenu() {
  const dialogs = useAppStore((state) => state.session?.dialogs ?? false);
  const hasPlan = useAppStore((state) => state.plan !== null);
  const importInput = useRef<HTMLInputElement>(null);
  const exportingPlan = useExporting('plan');
  const exportingTables = useExporting('tables');
  const exportingSheet = useExporting('cheatSheet');

  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton appearance="subtle">{s.menu}</MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {dialogs && (
              <>
                <MenuItem icon={<DocumentAddRegular />} onClick={() => void newPlan(false)}>
                  {s.newPlan}
                </MenuItem>
                <MenuItem icon={<SparkleRegular />} onClick={() => void newPlan(true)}>
                  {s.newDemoPlan}
                </MenuItem>
                <MenuItem icon={<FolderOpenRegular />} onClick={() => void openPlan()}>
                  {s.open}
                </MenuItem>
                <RecentPlansMenu />
                <MenuDivider />
              </>
            )}
            <MenuItem
              icon={<ArrowUploadRegular />}
              disabled={!hasPlan}
              onClick={() => importInput.current?.click()}
            >
              {s.importJson}
            </MenuItem>
            <MenuItem
              icon={<ArrowDownloadRegular />}
              disabled={!hasPlan}
              onClick={() => void (dialogs ? exportJsonWithDialog() : exportJsonDownload())}
            >
              {dialogs ? s.exportJson : s.exportJsonBrowser}
            </MenuItem>
            <MenuDivider />
            <MenuItem icon={<DocumentArrowDownRegular />} disabled={!hasPlan || exportingPlan} onClick={() => void exportDocument('plan')}>
              {s.exportPlanDocx}
            </MenuItem>
            <MenuItem icon={<DocumentTableRegular />} disabled={!hasPlan || exportingTables} onClick={() => void exportDocument('tables')}>
              {s.exportTablesCsv}
            </MenuItem>
            <MenuItem icon={<DocumentTextRegular />} disabled={!hasPlan || exportingSheet} onClick={() => void exportDocument('cheatSheet')}>
              {s.exportCheatSheet}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <ImportJsonInput ref={importInput} />
    </>
  );
}
