import { Badge, Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { AddRegular, MailRegular } from '@fluentui/react-icons';
import type { CampaignTemplate } from '../../../../shared/comms/templates';
import { commsStrings } from '../strings';

const s = commsStrings.emails;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyle: 'none' },
  item: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    paddingBlock: tokens.spacingVerticalS,
    minHeight: '52px',
  },
  selected: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
  },
  text: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  name: { overflowWrap: 'anywhere' },
});

/** The campaign's emails; picking one opens it in the editor. */
export function TemplateList({
  templates,
  selected,
  onSelect,
  onNew,
}: {
  templates: readonly CampaignTemplate[];
  selected: string;
  onSelect(id: string): void;
  onNew(): void;
}) {
  const styles = useStyles();
  return (
    <nav className={styles.root} aria-label={s.listLabel}>
      <Text as="h3" size={400} weight="semibold">
        {s.listHeading}
      </Text>
      <ul className={styles.list}>
        {templates.map(({ template, shipped, edited }) => {
          const isSelected = template.id === selected;
          const state = shipped === null ? s.custom : edited ? s.edited : s.shipped;
          return (
            <li key={template.id}>
              <Button
                appearance="subtle"
                icon={<MailRegular />}
                className={mergeClasses(styles.item, isSelected && styles.selected)}
                aria-pressed={isSelected}
                aria-label={`${template.name}, ${state}`}
                onClick={() => onSelect(template.id)}
              >
                <span className={styles.text}>
                  <Text weight={isSelected ? 'semibold' : 'regular'} className={styles.name}>
                    {template.name || commsStrings.kinds[template.kind]}
                  </Text>
                  {/* Keeps the visible words apart ("Coming Soon Our wording"), so the text matches the label spoken and said to voice control. */}
                  {' '}
                  <Badge size="small" appearance={edited || shipped === null ? 'tint' : 'outline'} color={shipped === null ? 'brand' : edited ? 'warning' : 'informative'}>
                    {state}
                  </Badge>
                </span>
              </Button>
            </li>
          );
        })}
      </ul>
      <Button icon={<AddRegular />} onClick={onNew}>
        {s.newEmail}
      </Button>
    </nav>
  );
}
