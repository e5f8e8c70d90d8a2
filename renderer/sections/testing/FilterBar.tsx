import { Button, Field, makeStyles, SearchBox, Select, Switch, Text, tokens } from '@fluentui/react-components';
import { PHASE_KINDS, RUN_RESULTS, type TestCase } from '../../../shared/plan/schema';
import { isFiltered, NO_FILTERS, type Filters } from './matrix';
import { testingStrings } from './strings';

const s = testingStrings.filters;
const NETWORKS: TestCase['network'][] = ['inside', 'outside', 'any'];

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  select: { minWidth: '150px' },
  search: { minWidth: '200px' },
  tail: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, marginLeft: 'auto' },
  shown: { color: tokens.colorNeutralForeground3 },
});

/** Status, phase, tester, environment and text filters, plus the "only not passed" quick toggle. */
export function FilterBar({
  filters,
  onChange,
  testers,
  shown,
  total,
}: {
  filters: Filters;
  onChange(next: Filters): void;
  testers: string[];
  shown: number;
  total: number;
}) {
  const styles = useStyles();
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });
  return (
    <div className={styles.bar} role="search" aria-label={s.label}>
      <Field label={s.search} className={styles.search}>
        <SearchBox value={filters.search} placeholder={s.searchPlaceholder} onChange={(_, d) => set('search', d.value)} />
      </Field>
      <Field label={s.status}>
        <Select className={styles.select} value={filters.status} onChange={(_, d) => set('status', d.value as Filters['status'])}>
          <option value="">{s.anyStatus}</option>
          {RUN_RESULTS.map((r) => (
            <option key={r} value={r}>
              {testingStrings.results[r]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.phase}>
        <Select className={styles.select} value={filters.phase} onChange={(_, d) => set('phase', d.value as Filters['phase'])}>
          <option value="">{s.anyPhase}</option>
          {PHASE_KINDS.map((k) => (
            <option key={k} value={k}>
              {testingStrings.phases[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.tester}>
        <Select className={styles.select} value={filters.tester} onChange={(_, d) => set('tester', d.value)}>
          <option value="">{s.anyTester}</option>
          {testers.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.network}>
        <Select className={styles.select} value={filters.network} onChange={(_, d) => set('network', d.value as Filters['network'])}>
          <option value="">{s.anyNetwork}</option>
          {NETWORKS.map((n) => (
            <option key={n} value={n}>
              {testingStrings.networks[n]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.tail}>
        <Switch checked={filters.onlyOpen} label={s.onlyOpen} onChange={(_, d) => set('onlyOpen', d.checked)} />
        <Text size={200} className={styles.shown} aria-live="polite">
          {s.shown(shown, total)}
        </Text>
        {isFiltered(filters) && (
          <Button appearance="subtle" onClick={() => onChange(NO_FILTERS)}>
            {s.clear}
          </Button>
        )}
      </div>
    </div>
  );
}
