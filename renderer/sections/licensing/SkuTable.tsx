import { makeStyles, Table, TableBody, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import type { Finding } from '../../../shared/plan/findings';
import type { Plan } from '../../../shared/plan/schema';
import { FindingList } from '../../components/FindingList';
import { AddSku } from './AddSku';
import { SectionCard } from '../../components/SectionCard';
import { SkuRow } from './SkuRow';
import { licensingStrings } from './strings';

const s = licensingStrings.skus;

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  table: { minWidth: '620px' },
  part: { width: '27%' },
  name: { width: '29%' },
  check: { width: '12%', whiteSpace: 'normal', textAlign: 'center' },
  seats: { width: '15%' },
  actions: { width: '48px' },
  headerText: { fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase200 },
  empty: { color: tokens.colorNeutralForeground3 },
});

/** Stable row keys: the part number, numbered when an imported plan repeats one. */
function rowKeys(skus: Plan['licensing']['skus']): string[] {
  const seen = new Map<string, number>();
  return skus.map((sku) => {
    const key = sku.skuPartNumber.toUpperCase();
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${key}#${n}`;
  });
}

/** The qualifying SKU table of sspr-domain.md §4, editable, with its findings and the add form. */
export function SkuTable({ licensing, findings }: { licensing: Plan['licensing']; findings: Finding[] }) {
  const styles = useStyles();
  const keys = rowKeys(licensing.skus);
  const header = (text: string, className: string) => (
    <TableHeaderCell className={className}>
      <span className={styles.headerText}>{text}</span>
    </TableHeaderCell>
  );
  return (
    <SectionCard id="licensing-skus" title={s.title} description={s.description} field="licensing.skus">
      <FindingList findings={findings} />
      {licensing.skus.length === 0 ? (
        <Text className={styles.empty}>{s.empty}</Text>
      ) : (
        <div className={styles.scroll}>
          <Table className={styles.table} aria-label={s.tableLabel} size="small">
            <TableHeader>
              <TableRow>
                {header(s.columns.part, styles.part)}
                {header(s.columns.name, styles.name)}
                {header(s.columns.cloud, styles.check)}
                {header(s.columns.hybrid, styles.check)}
                {header(s.columns.seats, styles.seats)}
                <TableHeaderCell className={styles.actions} aria-label={s.columns.actions} />
              </TableRow>
            </TableHeader>
            <TableBody>
              {licensing.skus.map((sku, i) => (
                <SkuRow key={keys[i]} licensing={licensing} index={i} />
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <AddSku skus={licensing.skus} />
    </SectionCard>
  );
}
