import { Card, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { chartStrings } from './strings';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalL,
    '@media (max-width: 1000px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  card: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`, gap: tokens.spacingVerticalM, minWidth: 0 },
  wide: { gridColumn: '1 / -1' },
  picture: { minWidth: 0 },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  legendItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { width: '10px', height: '10px', borderRadius: tokens.borderRadiusSmall, flexShrink: 0 },
  count: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground1 },
  note: { color: tokens.colorNeutralForeground3 },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

export interface LegendEntry {
  label: string;
  color: string;
  /** Shown after the label when given. */
  value?: number | string;
  /** Drawn instead of the colour square, e.g. a marker shape. */
  marker?: ReactNode;
}

export interface DataTable {
  columns: string[];
  rows: (string | number)[][];
}

/**
 * One chart on a card: a title, the picture as an image named by a summary of its data, a colour
 * legend, an optional note, and the numbers as a table for screen readers.
 */
export function ChartFrame({
  title,
  summary,
  legend,
  note,
  table,
  wide = false,
  empty,
  children,
}: {
  title: string;
  summary: string;
  legend?: LegendEntry[];
  note?: string;
  table: DataTable;
  wide?: boolean;
  /** Said instead of the picture when there is nothing to draw. */
  empty?: string | null;
  children: ReactNode;
}) {
  const styles = useStyles();
  const titleId = useId();
  return (
    <Card className={mergeClasses(styles.card, wide && styles.wide)} role="figure" aria-labelledby={titleId}>
      <Text as="h4" id={titleId} size={400} weight="semibold">
        {title}
      </Text>
      {empty ? (
        <Text className={styles.note}>{empty}</Text>
      ) : (
        <div role="img" aria-label={summary} className={styles.picture}>
          {children}
        </div>
      )}
      {!empty && legend && legend.length > 0 && (
        <ul className={styles.legend} aria-hidden>
          {legend.map((entry) => (
            <li key={entry.label} className={styles.legendItem}>
              {entry.marker ?? <span className={styles.swatch} style={{ backgroundColor: entry.color }} />}
              {entry.label}
              {entry.value !== undefined && <span className={styles.count}>{entry.value}</span>}
            </li>
          ))}
        </ul>
      )}
      {note && (
        <Text size={200} className={styles.note}>
          {note}
        </Text>
      )}
      {!empty && (
      <table className={styles.hidden}>
        <caption>{chartStrings.dataTable(title)}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      )}
    </Card>
  );
}

/** Charts two abreast, one under the other on a narrow window. */
export function ChartGrid({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <div className={styles.grid}>{children}</div>;
}
