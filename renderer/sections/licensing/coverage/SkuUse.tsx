import {
  Button,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, WarningFilled } from '@fluentui/react-icons';
import { useId } from 'react';
import type { Sku } from '../../../../shared/plan/schema';
import type { LicenseReport } from '../../../../shared/tenant/coverage';
import { SectionCard } from '../../../components/SectionCard';
import { useSave } from '../../../state/useSave';
import { licensingStrings } from '../strings';

const s = licensingStrings.report;

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  table: { minWidth: '560px' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  numberHead: { width: '84px', '& .fui-TableHeaderCell__button': { justifyContent: 'flex-end' } },
  flagHead: { width: '168px' },
  sku: { display: 'flex', flexDirection: 'column', minWidth: 0, paddingBlock: tokens.spacingVerticalXS },
  part: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  over: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteDarkOrangeForeground1 },
  overRow: { backgroundColor: tokens.colorPaletteDarkOrangeBackground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  unknown: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  description: { color: tokens.colorNeutralForeground3, maxWidth: '820px' },
  unknownList: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyle: 'none' },
  unknownItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  unknownPart: { fontFamily: tokens.fontFamilyMonospace, minWidth: '180px' },
});

/** Part numbers users hold that the SKU table lacks; adding one starts it as allowing nothing, for the lead to tick. */
function UnknownSkus({ unknown, skus }: { unknown: LicenseReport['unknownSkus']; skus: readonly Sku[] }) {
  const styles = useStyles();
  const save = useSave();
  const id = useId();
  const add = (part: string) =>
    void save('licensing.skus', [...skus, { skuPartNumber: part, name: '', cloudReset: false, hybridWriteback: false, seatsOwned: 0 }]);
  return (
    <section className={styles.unknown} aria-labelledby={id}>
      <Text as="h4" id={id} size={400} weight="semibold">
        {s.unknownTitle}
      </Text>
      <Text size={200} className={styles.description}>
        {s.unknownDescription}
      </Text>
      <ul className={styles.unknownList} aria-label={s.unknownLabel}>
        {unknown.map((u) => (
          <li key={u.skuPartNumber} className={styles.unknownItem}>
            <Text className={styles.unknownPart}>{u.skuPartNumber}</Text>
            <Text className={styles.muted}>{s.holders(u.holders)}</Text>
            <Button size="small" icon={<AddRegular />} aria-label={s.addSkuLabel(u.skuPartNumber)} onClick={() => add(u.skuPartNumber)}>
              {s.addSku}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Seats owned against the users who hold each SKU; more holders than seats is flagged on its row. */
export function SkuUse({ report, skus }: { report: LicenseReport; skus: readonly Sku[] }) {
  const styles = useStyles();
  const num = (text: string) => <TableHeaderCell className={mergeClasses(styles.number, styles.numberHead)}>{text}</TableHeaderCell>;
  return (
    <SectionCard id="licensing-sku-use" title={s.skusTitle} description={s.skusDescription}>
      <div className={styles.scroll}>
        <Table className={styles.table} size="small" aria-label={s.skusTableLabel}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{s.skuColumns.sku}</TableHeaderCell>
              {num(s.skuColumns.seats)}
              {num(s.skuColumns.holders)}
              {num(s.skuColumns.inScope)}
              <TableHeaderCell className={styles.flagHead}>{s.skuColumns.qualifies}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {report.skus.map((sku, i) => {
              const over = sku.holders - sku.seatsOwned;
              return (
                <TableRow key={`${sku.skuPartNumber}#${i}`} className={mergeClasses(over > 0 && styles.overRow)}>
                  <TableCell>
                    <span className={styles.sku}>
                      <Text weight="semibold">{sku.name || sku.skuPartNumber}</Text>
                      {sku.name && <span className={styles.part}>{sku.skuPartNumber}</span>}
                      {over > 0 && (
                        <span className={styles.over}>
                          <WarningFilled aria-hidden fontSize={14} />
                          <Text size={200}>{s.overSeats(over)}</Text>
                        </span>
                      )}
                    </span>
                  </TableCell>
                  <TableCell className={styles.number}>{sku.seatsOwned.toLocaleString()}</TableCell>
                  <TableCell className={styles.number}>{sku.holders.toLocaleString()}</TableCell>
                  <TableCell className={styles.number}>{sku.inScope.toLocaleString()}</TableCell>
                  <TableCell className={mergeClasses(!sku.cloudReset && !sku.hybridWriteback && styles.muted)}>
                    {s.qualifies[`${sku.cloudReset ? 'cloud' : 'noCloud'}-${sku.hybridWriteback ? 'hybrid' : 'noHybrid'}`]}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      {report.unknownSkus.length > 0 && <UnknownSkus unknown={report.unknownSkus} skus={skus} />}
    </SectionCard>
  );
}
