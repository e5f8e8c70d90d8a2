import { Link } from '@fluentui/react-components';
import type { MouseEvent, ReactNode } from 'react';
import { call, errorMessage, isDesktop } from '../state/apiClient';
import { useAppStore } from '../state/store';

/**
 * A link to an https page or a mailto address. The desktop app never navigates its own window away,
 * so there the link goes to the OS through app.openExternal (which checks the address again).
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const showNotice = useAppStore((s) => s.showNotice);

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isDesktop()) return;
    event.preventDefault();
    call('app.openExternal', { url: href }).catch((error: unknown) => showNotice('error', errorMessage(error)));
  };

  return (
    <Link href={href} target="_blank" rel="noopener noreferrer" inline onClick={onClick}>
      {children}
    </Link>
  );
}
