import { Field, makeStyles, Radio, RadioGroup, Select, Text, tokens } from '@fluentui/react-components';
import { WarningRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { composeEmail } from '../../../../shared/comms/compose';
import { emailHtml } from '../../../../shared/comms/html';
import type { EmailTemplate, Plan } from '../../../../shared/plan/schema';
import { localDate } from '../../../charts/dates';
import { FindingList } from '../../../components/FindingList';
import { pointsAt } from '../../../state/selectors';
import { useAppStore } from '../../../state/store';
import { defaultPreviewPhase, logoDataUrl, sendsOfTemplate } from '../campaignOps';
import { cspNonce } from '../../../app/cspNonce';
import { PreviewFrame } from '../PreviewFrame';
import { commsStrings } from '../strings';

const s = commsStrings.preview;

const WIDTHS = { desktop: '680px', narrow: '375px' } as const;
type Width = keyof typeof WIDTHS;
type Scheme = 'light' | 'dark';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalS },
  audience: { minWidth: '220px' },
  inbox: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    maxWidth: '680px',
    boxSizing: 'border-box',
  },
  inboxLines: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  ellipsis: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  stage: { display: 'flex', justifyContent: 'flex-start', maxWidth: '100%', overflowX: 'auto' },
  problems: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyle: 'none' },
  problem: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, color: tokens.colorPaletteMarigoldForeground2 },
  icon: { flexShrink: 0, marginTop: '2px' },
});

/** The email as a reader would get it: filled for one phase's audience, at desktop or phone width, light or dark. */
export function EmailPreview({ plan, template, templateIndex }: { plan: Plan; template: EmailTemplate; templateIndex: number }) {
  const styles = useStyles();
  const [phaseId, setPhaseId] = useState(() => defaultPreviewPhase(plan, template.id));
  const [width, setWidth] = useState<Width>('desktop');
  const [scheme, setScheme] = useState<Scheme>('light');
  const phases = plan.rollout.phases;
  const phase = phases.find((p) => p.id === phaseId) ?? null;
  const send = sendsOfTemplate(plan, template.id).find((e) => e.phaseId === phaseId) ?? null;
  const email = useMemo(() => composeEmail(plan, template, phase, send), [plan, template, phase, send]);
  const srcDoc = useMemo(
    () => emailHtml(email, { inline: false, nonce: cspNonce(), scheme, logoSrc: logoDataUrl(email.logo) }),
    [email, scheme],
  );
  const path = templateIndex >= 0 ? `communications.templates.${templateIndex}` : null;
  const findings = useAppStore(useShallow((st) => (path === null ? [] : st.findings.filter((f) => pointsAt(f, path)))));
  // Findings already say what is wrong with the wording itself; the preview adds what this audience lacks.
  const problems = email.filled.problems.filter((p) => findings.length === 0 || p.kind === 'emptyPlaceholder');
  const f = email.filled;

  return (
    <div className={styles.root}>
      <div className={styles.controls}>
        <Field label={s.audience} className={styles.audience}>
          <Select value={phaseId} onChange={(_, d) => setPhaseId(d.value)}>
            {phases.length === 0 && <option value="">{s.noPhase}</option>}
            {phases.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.width}>
          <RadioGroup layout="horizontal" value={width} onChange={(_, d) => setWidth(d.value as Width)}>
            <Radio value="desktop" label={s.desktop} />
            <Radio value="narrow" label={s.narrow} />
          </RadioGroup>
        </Field>
        <Field label={s.scheme}>
          <RadioGroup layout="horizontal" value={scheme} onChange={(_, d) => setScheme(d.value as Scheme)}>
            <Radio value="light" label={s.light} />
            <Radio value="dark" label={s.dark} />
          </RadioGroup>
        </Field>
      </div>
      <div className={styles.inbox} role="group" aria-label={s.inboxLabel}>
        <div className={styles.inboxLines}>
          <Text weight="semibold" className={styles.ellipsis}>
            {s.from(email.fromName || email.organization)}
          </Text>
          <Text className={styles.ellipsis}>{f.subject || s.noSubject}</Text>
          <Text size={200} className={`${styles.muted} ${styles.ellipsis}`}>
            {f.preheader}
          </Text>
        </div>
        <Text size={200} className={styles.muted}>
          {email.sendDate ? localDate(email.sendDate) : ''}
        </Text>
      </div>
      {(problems.length > 0 || findings.length > 0) && (
        <>
          {problems.length > 0 && (
            <ul className={styles.problems} aria-label={s.problemsLabel}>
              {problems.map((p) => (
                <li key={JSON.stringify(p)} className={styles.problem}>
                  <WarningRegular className={styles.icon} />
                  <Text size={200}>{s.problem(p)}</Text>
                </li>
              ))}
            </ul>
          )}
          <FindingList findings={findings} label={s.findingsLabel(template.name)} />
        </>
      )}
      <div className={styles.stage}>
        <PreviewFrame srcDoc={srcDoc} title={s.frameTitle(template.name)} width={WIDTHS[width]} />
      </div>
    </div>
  );
}
