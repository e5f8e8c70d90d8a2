import { Button, Card, Field, Input, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Spinner, Switch, Text, tokens } from '@fluentui/react-components';
import { ArrowResetRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { SectionCard } from '../../../components/SectionCard';
import { simulatorStrings, type DeviceJoin, type PortalVariant } from '../strings';
import { localToday } from '../useSweep';
import { Attempts } from './Attempts';
import { DevicesPanel } from './DevicesPanel';
import { IdentifyStep, MethodsStep, PasswordStep, VerifyStep } from './PortalSteps';
import { NO_RESPONSES, verifiedMethods, type Responses } from './responses';
import { ResultView } from './ResultView';
import { usePortal, type Device, type Stage } from './usePortal';
import { UserFacts } from './UserFacts';
import { UserPicker } from './UserPicker';

const s = simulatorStrings.tryIt;
const VARIANTS: PortalVariant[] = ['reset', 'unlock', 'lockScreen'];
const JOINS: DeviceJoin[] = ['entra', 'hybrid', 'domain', 'none'];

const useStyles = makeStyles({
  choose: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalXL, '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  device: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}` },
  build: { width: '180px' },
  work: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', gap: tokens.spacingHorizontalL, alignItems: 'start', '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  portal: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, gap: tokens.spacingVerticalM, minWidth: 0 },
  progress: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyle: 'none', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  current: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  footer: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The portal's screens in order; the unlock has no new password. */
function stagesOf(variant: PortalVariant): Exclude<Stage, 'methods'>[] {
  return variant === 'unlock' ? ['identify', 'verify', 'done'] : ['identify', 'verify', 'password', 'done'];
}

/** Walks one imported user through the reset portal, every verdict from the engine. */
export function TryItTab() {
  const styles = useStyles();
  const [upn, setUpn] = useState<string | null>(null);
  const [variant, setVariant] = useState<PortalVariant>('reset');
  const [device, setDevice] = useState<Device>({ join: 'entra', windowsBuild: 19045, remote: false });
  const [on] = useState(localToday);
  const portal = usePortal(upn, variant, device, on);
  const { summary, walk, busy } = portal;
  const [responses, setResponses] = useState<Responses>(NO_RESPONSES);
  const [challengeId, setChallengeId] = useState<number | null>(null);
  // Typed codes belong to one set of codes: a new set starts them empty.
  if ((walk.challenge?.id ?? null) !== challengeId) {
    setChallengeId(walk.challenge?.id ?? null);
    setResponses(NO_RESPONSES);
  }
  const setCode = (m: string, code: string) => setResponses((r) => ({ ...r, codes: { ...r.codes, [m]: code } }));
  const setAnswer = (m: string, yes: boolean) => setResponses((r) => ({ ...r, answers: { ...r.answers, [m]: yes } }));
  const stage = walk.stage === 'methods' ? 'verify' : walk.stage;

  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{s.banner}</MessageBarBody>
      </MessageBar>
      <SectionCard id="simulator-try-pick" title={s.pickTitle} description={s.pickDescription}>
        <div className={styles.choose}>
          <UserPicker onPick={setUpn} />
          <Field label={s.variantLabel}>
            <RadioGroup layout="horizontal" value={variant} onChange={(_, d) => setVariant(d.value as PortalVariant)}>
              {VARIANTS.map((v) => (
                <Radio key={v} value={v} label={s.variants[v]} />
              ))}
            </RadioGroup>
          </Field>
        </div>
        {variant === 'lockScreen' && (
          <fieldset className={styles.device} aria-label={s.device.legend} style={{ border: 'none', margin: 0, padding: 0 }}>
            <Field label={s.device.join}>
              <Select value={device.join} onChange={(_, d) => setDevice((x) => ({ ...x, join: d.value as DeviceJoin }))}>
                {JOINS.map((j) => (
                  <option key={j} value={j}>
                    {s.device.joins[j]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={s.device.build} hint={s.device.buildHint}>
              <Input
                className={styles.build}
                type="number"
                min={0}
                value={String(device.windowsBuild)}
                onChange={(_, d) => setDevice((x) => ({ ...x, windowsBuild: Math.max(0, Math.floor(Number(d.value) || 0)) }))}
              />
            </Field>
            <Switch label={s.device.remote} checked={device.remote} onChange={(_, d) => setDevice((x) => ({ ...x, remote: d.checked }))} />
          </fieldset>
        )}
        {summary && <UserFacts user={summary} />}
      </SectionCard>
      {portal.error && (
        <Text role="alert" className={styles.error}>
          {portal.error}
        </Text>
      )}
      {summary && (
        <div className={styles.work}>
          <Card className={styles.portal} role="region" aria-label={s.portalLabel}>
            <Text as="h4" size={500} weight="semibold">
              {s.portalTitle(variant)}
            </Text>
            <ol className={styles.progress} aria-label={s.stepsLabel}>
              {stagesOf(variant).map((st, i) => (
                <li key={st} className={st === stage ? styles.current : undefined} aria-current={st === stage ? 'step' : undefined}>
                  {`${i + 1}. ${s.stages[st]}`}
                </li>
              ))}
            </ol>
            {walk.stage === 'identify' && <IdentifyStep user={summary} busy={busy} onNext={() => void portal.identify()} />}
            {walk.stage === 'methods' && <MethodsStep key={walk.history.length} user={summary} failure={portal.lastFailure} busy={busy} onChoose={portal.chooseMethods} />}
            {walk.stage === 'verify' && walk.challenge && (
              <VerifyStep
                challenge={walk.challenge}
                responses={responses}
                busy={busy}
                onCode={setCode}
                onAnswer={setAnswer}
                onVerify={() => walk.challenge && void portal.verify(verifiedMethods(walk.challenge.methods, walk.challenge.codes, responses))}
              />
            )}
            {walk.stage === 'password' && <PasswordStep variant={variant} refusal={walk.passwordRefusal} busy={busy} onSubmit={(p) => void portal.submitPassword(p)} />}
            {walk.stage === 'done' && walk.final && <ResultView decision={walk.final} />}
            {busy && <Spinner size="tiny" label={s.busy} />}
            <div className={styles.footer}>
              <Button icon={<ArrowResetRegular />} onClick={portal.restart} disabled={busy}>
                {s.startOver}
              </Button>
              <Text size={200} className={styles.hint}>
                {s.startOverHint}
              </Text>
            </div>
          </Card>
          <DevicesPanel user={summary} challenge={walk.stage === 'verify' ? walk.challenge : null} responses={responses} onAnswer={setAnswer} />
        </div>
      )}
      {summary && walk.attempts.length > 0 && <Attempts attempts={walk.attempts} />}
    </>
  );
}

