import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { MethodId } from '../../../../shared/plan/methods';
import type { Decision } from '../../../../shared/simulator/engine';
import type { TryItUser } from '../../../../shared/simulator/tryIt';
import { RuleText } from '../RuleText';
import { simulatorStrings, type PortalVariant } from '../strings';
import { CODE_METHODS, type Responses } from './responses';
import type { Challenge } from './usePortal';

const s = simulatorStrings.tryIt;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  text: { color: tokens.colorNeutralForeground2 },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  code: { maxWidth: '220px' },
  status: { color: tokens.colorNeutralForeground2 },
});

/** The first screen: the account's user name, as typed on the portal. */
export function IdentifyStep({ user, busy, onNext }: { user: TryItUser; busy: boolean; onNext(): void }) {
  const styles = useStyles();
  const [upn, setUpn] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The walk is for the chosen user; another name would be another walk, chosen above.
    if (upn.trim().toLowerCase() !== user.upn.toLowerCase()) return setProblem(s.upnMismatch(user.upn));
    setProblem(null);
    onNext();
  };
  return (
    <form className={styles.form} onSubmit={submit}>
      <Text className={styles.text}>{s.identifyText}</Text>
      <Field label={s.upnLabel} validationMessage={problem} validationState={problem ? 'error' : 'none'}>
        <Input type="email" autoComplete="off" value={upn} placeholder={user.upn} onChange={(_, d) => setUpn(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {s.next}
        </Button>
      </div>
    </form>
  );
}

/** Which registered methods to verify with; a failed attempt just made is shown above. */
export function MethodsStep({ user, failure, busy, onChoose }: { user: TryItUser; failure: Decision | null; busy: boolean; onChoose(methods: MethodId[]): void }) {
  const styles = useStyles();
  const [chosen, setChosen] = useState<MethodId[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen.length === 0) return setProblem(s.chooseOne);
    setProblem(null);
    onChoose(chosen);
  };
  return (
    <form className={styles.form} onSubmit={submit}>
      {failure && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            {s.attemptFailed(simulatorStrings.outcomes[failure.outcome])}
            <RuleText rule={failure.rule} />
          </MessageBarBody>
        </MessageBar>
      )}
      {user.usable.length === 0 ? (
        <Text>{s.methodsNone}</Text>
      ) : (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{s.methodsLegend(user.required)}</legend>
          {user.usable.map((m) => (
            <Checkbox
              key={m}
              label={simulatorStrings.methods[m]}
              checked={chosen.includes(m)}
              onChange={(_, d) => setChosen((c) => (d.checked ? [...c, m] : c.filter((x) => x !== m)))}
            />
          ))}
          {problem && (
            <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
              {problem}
            </Text>
          )}
        </fieldset>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy || user.usable.length === 0}>
          {s.sendCodes}
        </Button>
      </div>
    </form>
  );
}

/** The codes and answers for the chosen methods; a wrong one leaves that method out of the step. */
export function VerifyStep({
  challenge,
  responses,
  busy,
  onCode,
  onAnswer,
  onVerify,
}: {
  challenge: Challenge;
  responses: Responses;
  busy: boolean;
  onCode(method: MethodId, code: string): void;
  onAnswer(method: MethodId, yes: boolean): void;
  onVerify(): void;
}) {
  const styles = useStyles();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onVerify();
  };
  return (
    <form className={styles.form} onSubmit={submit}>
      <Text className={styles.text}>{s.verifyText}</Text>
      {challenge.methods.map((m) => {
        const name = simulatorStrings.methods[m];
        if (CODE_METHODS.includes(m))
          return (
            <Field key={m} label={s.codeLabel(name)} hint={s.codeHint}>
              <Input className={styles.code} inputMode="numeric" autoComplete="one-time-code" maxLength={8} value={responses.codes[m] ?? ''} onChange={(_, d) => onCode(m, d.value)} />
            </Field>
          );
        if (m === 'securityQuestions')
          return (
            <Field key={m} label={s.questionsLabel}>
              <RadioGroup value={responses.answers[m] === false ? 'wrong' : 'right'} onChange={(_, d) => onAnswer(m, d.value === 'right')}>
                <Radio value="right" label={s.questionsRight} />
                <Radio value="wrong" label={s.questionsWrong} />
              </RadioGroup>
            </Field>
          );
        const answer = responses.answers[m];
        return (
          <Field key={m} label={name}>
            <Text className={styles.status} role="status">
              {answer === undefined ? s.waiting : answer ? s.approved : s.denied}
            </Text>
          </Field>
        );
      })}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {s.verify}
        </Button>
      </div>
    </form>
  );
}

/** The new password, checked by the engine's password rules when the step is sent. */
export function PasswordStep({ variant, refusal, busy, onSubmit }: { variant: PortalVariant; refusal: Decision | null; busy: boolean; onSubmit(password: string): void }) {
  const styles = useStyles();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [differ, setDiffer] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (password !== confirm) return setDiffer(true);
    setDiffer(false);
    onSubmit(password);
  };
  const refused = refusal?.passwordProblem ? s.passwordProblems[refusal.passwordProblem] : null;
  return (
    <form className={styles.form} onSubmit={submit}>
      <Text className={styles.text}>{s.passwordText}</Text>
      <Field label={s.passwordLabel} validationMessage={refused} validationState={refused ? 'error' : 'none'}>
        <Input type="password" autoComplete="new-password" value={password} onChange={(_, d) => setPassword(d.value)} />
      </Field>
      <Field label={s.confirmLabel} validationMessage={differ ? s.passwordsDiffer : null} validationState={differ ? 'error' : 'none'}>
        <Input type="password" autoComplete="new-password" value={confirm} onChange={(_, d) => setConfirm(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy || password === ''}>
          {s.finish(variant)}
        </Button>
      </div>
    </form>
  );
}
