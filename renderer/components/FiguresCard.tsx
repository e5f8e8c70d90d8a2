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
  figure: { display: 'flex', flexDirection: 'column-reverse', gap: tokens.spacingVerticalXXS },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
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
  value: number;
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
