import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { DocumentArrowDownRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { DocumentExportButton } from '../../app/DocumentExportButton';
import { buildCheatSheet, stepsOf } from '../../../shared/plan/cheatSheet';
import type { Plan } from '../../../shared/plan/schema';
import { SectionCard } from '../../components/SectionCard';
import { supportStrings } from './strings';

const s = supportStrings.sheet;

const useStyles = makeStyles({
  // A page on the desk: its own surface and border, in the app's light or dark colours.
  paper: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '860px',
    width: '100%',
    boxSizing: 'border-box',
    marginInline: 'auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow8,
  },
  title: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  overline: { color: tokens.colorBrandForeground1, textTransform: 'uppercase', letterSpacing: '0.06em' },
  facts: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}` },
  fact: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  label: { margin: 0, color: tokens.colorNeutralForeground2, textTransform: 'uppercase', letterSpacing: '0.04em' },
  scenarioTitle: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  url: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  blockTitle: { paddingBottom: tokens.spacingVerticalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  scenario: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, breakInside: 'avoid' },
  who: { color: tokens.colorNeutralForeground2 },
  download: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  downloadHint: { flex: '1 1 320px', minWidth: 0, color: tokens.colorNeutralForeground3 },
});

function Fact({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.fact}>
      <Text as="h5" size={200} weight="semibold" className={styles.label}>
        {label}
      </Text>
      {children}
    </div>
  );
}

function Lines({ text, empty }: { text: string; empty: string }) {
  const styles = useStyles();
  const lines = stepsOf(text);
  if (lines.length === 0) return <Text className={styles.muted}>{empty}</Text>;
  return (
    <ul className={styles.list}>
      {lines.map((line, i) => (
        <li key={i}>
          <Text>{line}</Text>
        </li>
      ))}
    </ul>
  );
}

/** The help desk's one-pager from buildCheatSheet(plan), laid out like a printed page. */
export function CheatSheetPreview({ plan }: { plan: Plan }) {
  const styles = useStyles();
  const sheet = buildCheatSheet(plan);
  return (
    <SectionCard id="support-sheet" title={s.title} description={s.description}>
      <div className={styles.download}>
        <DocumentExportButton kind="cheatSheet" label={s.download} icon={<DocumentArrowDownRegular />} appearance="primary" />
        <Text size={200} className={styles.downloadHint}>
          {s.downloadHint}
        </Text>
      </div>
      <article className={styles.paper} aria-label={s.regionLabel}>
        <header className={styles.title}>
          <Text size={200} weight="semibold" className={styles.overline}>
            {s.subheading}
          </Text>
          <Text as="h4" size={600} weight="semibold">
            {s.heading(sheet.organization)}
          </Text>
        </header>
        <div className={styles.facts}>
          <Fact label={s.who}>
            <Text>{sheet.whoIsEnabled}</Text>
          </Fact>
          <Fact label={s.needed}>
            <Text>{s.neededValue(sheet.methodsToReset)}</Text>
          </Fact>
          <Fact label={s.methods}>
            {sheet.methods.length === 0 ? (
              <Text className={styles.muted}>{s.noMethods}</Text>
            ) : (
              <ul className={styles.list}>
                {sheet.methods.map((m) => (
                  <li key={m.legacyName}>
                    <Text>{s.methodName(m.currentName, m.legacyName)}</Text>
                  </li>
                ))}
              </ul>
            )}
          </Fact>
          <Fact label={s.portals}>
            <ul className={styles.list}>
              {sheet.portals.map((p) => (
                <li key={p.url}>
                  <Text>{p.label}: </Text>
                  <span className={styles.url}>{p.url}</span>
                </li>
              ))}
            </ul>
          </Fact>
          <Fact label={s.network}>
            <Lines text={sheet.networkAccess} empty={s.noNetwork} />
          </Fact>
          <Fact label={s.helpdesk}>
            {sheet.helpdesk ? <span className={styles.url}>{sheet.helpdesk}</span> : <Text className={styles.muted}>{s.noHelpdesk}</Text>}
          </Fact>
        </div>
        <section className={styles.block}>
          <Text as="h4" size={400} weight="semibold" className={styles.blockTitle}>
            {s.scenarios}
          </Text>
          {sheet.scenarios.length === 0 && <Text className={styles.muted}>{s.noScenarios}</Text>}
          {sheet.scenarios.map((sc, i) => (
            <div key={i} className={styles.scenario}>
              <Text as="h5" size={300} weight="semibold" className={styles.scenarioTitle}>
                {supportStrings.scenarios.header(i + 1, sc.title)}
              </Text>
              {sc.handledBy && (
                <Text size={200} className={styles.who}>
                  {s.handledBy(sc.handledBy)}
                </Text>
              )}
              {sc.steps.length === 0 ? (
                <Text className={styles.muted}>{s.noSteps}</Text>
              ) : (
                <ol className={styles.list}>
                  {sc.steps.map((step, j) => (
                    <li key={j}>
                      <Text>{step}</Text>
                    </li>
                  ))}
                </ol>
              )}
            </div>
          ))}
        </section>
        <section className={styles.block}>
          <Text as="h4" size={400} weight="semibold" className={styles.blockTitle}>
            {s.escalation}
          </Text>
          {sheet.escalation.length === 0 ? (
            <Text className={styles.muted}>{s.noEscalation}</Text>
          ) : (
            <ul className={styles.list}>
              {sheet.escalation.map((r, i) => (
                <li key={i}>
                  <Text>{s.escalationRow(r.businessRole, r.entraRole)}</Text>
                </li>
              ))}
            </ul>
          )}
        </section>
      </article>
    </SectionCard>
  );
}
