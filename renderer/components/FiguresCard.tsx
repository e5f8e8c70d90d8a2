import { Card, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, WarningFilled } from '@fluentui/react-icons';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'row',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    borderLeft: '6px solid',
  },
  fine: { borderLeftColor: tokens.colorStatusSuccessBorderActive },
  attention: { borderLeftColor: tokens.colorStatusWarningBorderActive },
  figures: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`, margin: 0 },
  // Values line up at the top when only some figures carry a detail line.
  figure: { display: 'flex', flexDirection: 'column-reverse', justifyContent: 'flex-end', gap: tokens.spacingVerticalXXS },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  detail: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  value: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  bad: { color: tokens.colorPaletteDarkOrangeForeground1 },
  good: { color: tokens.colorPaletteGreenForeground1 },
  status: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, flex: '1 1 280px', minWidth: 0 },
  icon: { flexShrink: 0, marginTop: '2px' },
});

export interface Figure {
  /** Stable id, also set as `data-figure` for tests. */
  key: string;
  label: string;
  /** A count, shown in the user's locale, or a value already formatted (a share, an amount). */
  value: number | string;
  /** A second line under the value, e.g. the likely range of a forecast figure. */
  detail?: string;
  tone?: 'good' | 'bad';
}

/** A row of headline counts and one sentence on what they mean, edged green when all is well. */
export function FiguresCard({ label, figures, fine, status }: { label: string; figures: Figure[]; fine: boolean; status: string }) {
  const styles = useStyles();
  const Icon = fine ? CheckmarkCircleFilled : WarningFilled;
  return (
    <Card className={mergeClasses(styles.card, fine ? styles.fine : styles.attention)} role="region" aria-label={label}>
      <dl className={styles.figures}>
        {figures.map((f) => (
          <div key={f.key} className={styles.figure} data-figure={f.key}>
            <dt className={styles.label}>{f.label}</dt>
            {f.detail && <dd className={styles.detail}>{f.detail}</dd>}
            <dd className={mergeClasses(styles.value, f.tone && styles[f.tone])}>{f.value.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      <div className={styles.status} role="status">
        <Icon className={mergeClasses(styles.icon, fine ? styles.good : styles.bad)} fontSize={20} aria-hidden />
        <Text>{status}</Text>
      </div>
    </Card>
  );
}
