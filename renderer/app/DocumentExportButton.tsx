import { Button, Spinner, type ButtonProps } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { exportDocument, useExporting, type DocumentKind } from './documentExports';

/** A button that downloads one of the plan's documents; while it is being made the button spins and waits. */
export function DocumentExportButton({
  kind,
  label,
  icon,
  appearance = 'secondary',
}: {
  kind: DocumentKind;
  label: string;
  icon: ReactElement;
  appearance?: ButtonProps['appearance'];
}) {
  const busy = useExporting(kind);
  return (
    <Button
      appearance={appearance}
      icon={busy ? <Spinner size="tiny" /> : icon}
      disabledFocusable={busy}
      aria-busy={busy}
      onClick={() => void exportDocument(kind)}
    >
      {label}
    </Button>
  );
}
