import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { PLACEHOLDERS, type PlaceholderName } from '../../../../shared/comms/placeholders';
import { commsStrings } from '../strings';

const s = commsStrings.placeholders;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    columnGap: tokens.spacingHorizontalXL,
    margin: 0,
    padding: 0,
    listStyle: 'none',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // Beside the editor the list scrolls within the editor's height; below it, it spreads into columns.
    '@media (min-width: 1241px)': { maxHeight: '640px', overflowY: 'auto', paddingRight: tokens.spacingHorizontalXS },
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  source: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

const NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[];

/** What each {{placeholder}} stands for and where its value comes from, with a button to insert it. */
export function PlaceholderPanel({ onInsert }: { onInsert(name: PlaceholderName): void }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={s.heading}>
      <Text as="h3" size={400} weight="semibold">
        {s.heading}
      </Text>
      <Text size={200} className={styles.muted}>
        {s.description}
      </Text>
      <ul className={styles.list} aria-label={s.listLabel}>
        {NAMES.map((name) => {
          const info = PLACEHOLDERS[name];
          return (
            <li key={name} className={styles.item}>
              <span className={styles.text}>
                <Text className={styles.code}>{`{{${name}}}`}</Text>
                <Text size={200}>{info.meaning}</Text>
                <Text size={100} className={styles.source}>
                  {s.from} {info.source}
                </Text>
              </span>
              <Button
                size="small"
                icon={<AddRegular />}
                aria-label={s.insertLabel(name)}
                onClick={() => onInsert(name)}
              >
                {s.insert}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
