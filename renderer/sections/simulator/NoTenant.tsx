import { Button, Text } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { SectionCard } from '../../components/SectionCard';
import { useAppStore } from '../../state/store';
import { simulatorStrings as s } from './strings';

/** Both the sweep and the portal need the organization's users; the import lives in Licensing. */
export function NoTenant() {
  const openTab = useAppStore((st) => st.openLicensingTab);
  return (
    <SectionCard id="simulator-no-tenant" title={s.noTenant.title}>
      <Text>{s.noTenant.text}</Text>
      <div>
        <Button appearance="primary" icon={<ArrowUploadRegular />} onClick={() => openTab('tenant')}>
          {s.noTenant.button}
        </Button>
      </div>
    </SectionCard>
  );
}
