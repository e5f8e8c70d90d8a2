import {
  makeStyles,
  mergeClasses,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { WarningRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { TenantOverview } from '../../../../shared/api';
import type { TenantChanges, TenantCounts, TenantImportSummary, UserSample } from '../../../../shared/tenant/importSummary';
import { SectionCard } from '../../../components/SectionCard';
import { licensingStrings } from '../strings';

const s = licensingStrings.snapshot;

/** Names shown per kind of change; the rest is counted. */
const NAMES_SHOWN = 5;
const COUNT_KEYS = ['users', 'groups', 'memberships', 'admins', 'licensed', 'withMethods'] as const satisfies readonly (keyof TenantCounts)[];
const CHANGE_KEYS = ['added', 'removed', 'newlyLicensed', 'newlyRegistered'] as const satisfies readonly (keyof TenantChanges)[];

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(128px, 1fr))',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  count: { display: 'flex', flexDirection: 'column-reverse', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  countLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  countValue: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  details: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', width: '64px', '& .fui-TableHeaderCell__button': { justifyContent: 'flex-end' } },
  kind: { width: '44%' },
  fileName: { overflowWrap: 'anywhere' },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, paddingLeft: 0, listStyle: 'none' },
  warning: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  warningIcon: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0, marginTop: '2px' },
  changes: { display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS, margin: 0 },
  pair: { display: 'contents' },
  changeLabel: { color: tokens.colorNeutralForeground2 },
  changeValue: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  changeCount: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
});

function Counts({ counts }: { counts: TenantCounts }) {
  const styles = useStyles();
  return (
    <dl className={styles.counts} aria-label={s.countsLabel}>
      {COUNT_KEYS.map((key) => (
        <div key={key} className={styles.count}>
          <dt className={styles.countLabel}>{s.counts[key]}</dt>
          <dd className={styles.countValue}>{counts[key].toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}

function Heading({ id, children }: { id: string; children: string }) {
  return (
    <Text as="h4" id={id} size={400} weight="semibold">
      {children}
    </Text>
  );
}

function FilesRead({ files }: { files: TenantImportSummary['files'] }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.block} aria-labelledby={id}>
      <Heading id={id}>{s.filesHeading}</Heading>
      <Table size="extra-small" aria-labelledby={id}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.kind}>{s.fileColumns.kind}</TableHeaderCell>
            <TableHeaderCell>{s.fileColumns.file}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{s.fileColumns.rows}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {files.map((f, i) => (
            <TableRow key={`${f.kind}:${f.name}:${i}`}>
              <TableCell>{f.kind === 'groupMembers' ? `${s.kinds.groupMembers} ${f.group ?? ''}` : s.kinds[f.kind]}</TableCell>
              <TableCell className={styles.fileName}>{f.name}</TableCell>
              <TableCell className={styles.number}>{f.rows.toLocaleString()}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

function Sample({ sample }: { sample: UserSample }) {
  const styles = useStyles();
  const shown = sample.first.slice(0, NAMES_SHOWN);
  const rest = sample.count - shown.length;
  return (
    <dd className={styles.changeValue}>
      <span className={styles.changeCount}>{sample.count.toLocaleString()}</span>
      {shown.length > 0 && <span className={styles.changeLabel}>{`: ${shown.join(', ')}${rest > 0 ? `, ${s.andMore(rest)}` : ''}`}</span>}
    </dd>
  );
}

function Details({ summary }: { summary: TenantImportSummary }) {
  const styles = useStyles();
  const id = useId();
  const { disabled, guests } = summary.leftOut;
  const { changes } = summary;
  return (
    <div className={styles.details}>
      <FilesRead files={summary.files} />
      <div className={styles.column}>
        <section className={styles.block} aria-labelledby={`${id}-changes`}>
          <Heading id={`${id}-changes`}>{s.changesHeading}</Heading>
          {changes === null ? (
            <Text className={styles.muted}>{s.firstImport}</Text>
          ) : (
            <dl className={styles.changes}>
              {CHANGE_KEYS.map((key) => (
                <div key={key} className={styles.pair}>
                  <dt className={styles.changeLabel}>{s.changes[key]}</dt>
                  <Sample sample={changes[key]} />
                </div>
              ))}
            </dl>
          )}
        </section>
        <section className={styles.block} aria-labelledby={`${id}-left`}>
          <Heading id={`${id}-left`}>{s.leftOutHeading}</Heading>
          <Text>{disabled + guests === 0 ? s.noneLeftOut : s.leftOut(disabled, guests)}</Text>
        </section>
        {summary.warnings.length > 0 && (
          <section className={styles.block} aria-labelledby={`${id}-warnings`}>
            <Heading id={`${id}-warnings`}>{s.warningsHeading(summary.warnings.length)}</Heading>
            <ul className={styles.list}>
              {summary.warnings.map((w) => (
                <li key={w} className={styles.warning}>
                  <WarningRegular className={styles.warningIcon} aria-hidden fontSize={16} />
                  <Text>{w}</Text>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** What the plan holds from the tenant: the counts, and for an import the files, what was left out and what changed. */
export function SnapshotCard({ overview, error }: { overview: TenantOverview | null; error: string | null }) {
  const styles = useStyles();
  const summary = overview?.lastImport ?? null;
  let body;
  if (error) body = <Text className={styles.muted}>{s.loadFailed(error)}</Text>;
  else if (!overview) body = <Spinner size="small" />;
  else if (overview.counts.users === 0) body = <Text>{s.none}</Text>;
  else
    body = (
      <>
        <Text className={mergeClasses(!summary && styles.muted)}>{summary ? s.importedAt(when(summary.importedAt)) : s.builtIn}</Text>
        <Counts counts={overview.counts} />
        {summary && <Details summary={summary} />}
      </>
    );
  return (
    <SectionCard id="licensing-snapshot" title={s.title}>
      {body}
    </SectionCard>
  );
}
