import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useEffect } from 'react';
import { useAppStore } from '../state/store';
import { appStrings } from './strings';

const SUCCESS_SECONDS = 8;

/** The outcome of the last file action (open, import, export). Errors stay until dismissed; successes fade out. */
export function NoticeBar() {
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);

  useEffect(() => {
    if (notice?.intent !== 'success') return;
    const timer = setTimeout(dismiss, SUCCESS_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);

  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} layout="auto">
      <MessageBarBody>{notice.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={appStrings.notice.dismiss} icon={<DismissRegular />} onClick={dismiss} />
        }
      />
    </MessageBar>
  );
}
