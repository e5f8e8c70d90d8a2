import { useEffect } from 'react';
import { useAppStore } from '../../../state/store';
import { ImportCard } from './ImportCard';
import { SnapshotCard } from './SnapshotCard';

/** Import the organization's exports, and what the plan holds from the last import. */
export function TenantTab() {
  const overview = useAppStore((st) => st.overview);
  const error = useAppStore((st) => st.overviewError);
  const load = useAppStore((st) => st.loadTenantOverview);
  // Opening another plan empties the overview; fetch it again then, but not over and over after a failure.
  useEffect(() => {
    if (overview === null && error === null) void load();
  }, [overview, error, load]);
  return (
    <>
      <ImportCard />
      <SnapshotCard overview={overview} error={error} />
    </>
  );
}
