import {
  Button,
  Checkbox,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { useEffect, useState, type FormEvent } from 'react';
import type { SmtpSettings, SmtpState } from '../../../../shared/api';
import { EMAIL } from '../../../../shared/plan/formats';
import type { Plan } from '../../../../shared/plan/schema';
import { localDate } from '../../../charts/dates';
import { SectionCard } from '../../../components/SectionCard';
import { call, errorMessage } from '../../../state/apiClient';
import { commsStrings } from '../strings';

const s = commsStrings.testSend;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(96px, 0.6fr) minmax(0, 1.6fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '& .fui-Input, & .fui-Select': { minWidth: 0, width: '100%' },
    '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr) 120px' },
  },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '& .fui-Input, & .fui-Select': { minWidth: 0, width: '100%' },
  },
  security: { '@media (max-width: 1100px)': { gridColumn: '1 / -1' } },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

type Security = SmtpSettings['security'];
type Outcome = { ok: true; accepted: string[]; rejected: string[] } | { ok: false; message: string } | null;

const DEFAULT_PORT: Record<Security, number> = { starttls: 587, tls: 465, none: 25 };

/** One email sent through the team's SMTP server to a test address. The password lives in this form only. */
export function TestSendTab({ plan }: { plan: Plan }) {
  const styles = useStyles();
  const [state, setState] = useState<SmtpState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [host, setHost] = useState('');
  const [port, setPort] = useState('587');
  const [security, setSecurity] = useState<Security>('starttls');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const [to, setTo] = useState('');
  const sends = plan.communications.emails;
  const [sendId, setSendId] = useState(sends[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [checked, setChecked] = useState(false);

  useEffect(() => {
    let live = true;
    call('comms.smtpSettings', {})
      .then((st) => {
        if (!live) return;
        setState(st);
        if (st.settings) {
          setHost(st.settings.host);
          setPort(String(st.settings.port));
          setSecurity(st.settings.security);
          setUser(st.settings.user);
        }
      })
      .catch((error: unknown) => live && setLoadError(errorMessage(error)));
    return () => {
      live = false;
    };
  }, []);

  const portNumber = Number(port);
  const errors = {
    host: /^[A-Za-z0-9.:[\]-]+$/.test(host.trim()) ? null : s.hostInvalid,
    port: Number.isInteger(portNumber) && portNumber >= 1 && portNumber <= 65_535 ? null : s.portInvalid,
    to: EMAIL.test(to.trim()) ? null : s.toInvalid,
  };
  const shown = (e: string | null) => (checked && e ? { validationState: 'error' as const, validationMessage: e } : {});
  const selected = sends.some((e) => e.id === sendId) ? sendId : (sends[0]?.id ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (errors.host || errors.port || errors.to || !selected) return;
    setBusy(true);
    setOutcome(null);
    try {
      const r = await call('comms.sendTest', {
        sendId: selected,
        to: to.trim(),
        smtp: { host: host.trim(), port: portNumber, security, user },
        password,
        remember: remember && state?.keychain === true,
      });
      setOutcome({ ok: true, accepted: r.accepted, rejected: r.rejected });
      if (remember) setState((st) => st && { ...st, passwordSaved: true });
    } catch (error) {
      setOutcome({ ok: false, message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const forget = async () => {
    try {
      setState(await call('comms.forgetSmtpPassword', {}));
      setOutcome(null);
    } catch (error) {
      setOutcome({ ok: false, message: errorMessage(error) });
    }
  };

  return (
    <SectionCard title={s.heading} description={s.description}>
      {loadError ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.unavailable(loadError)}</MessageBarBody>
        </MessageBar>
      ) : state === null ? (
        <Spinner size="tiny" label={s.loading} labelPosition="after" />
      ) : null}
      <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
        <div className={styles.grid}>
          <Field label={s.host} required {...shown(errors.host)}>
            <Input value={host} onChange={(_, d) => setHost(d.value)} placeholder="smtp.contoso.com" autoComplete="off" />
          </Field>
          <Field label={s.port} required {...shown(errors.port)}>
            <Input value={port} inputMode="numeric" onChange={(_, d) => setPort(d.value)} />
          </Field>
          <Field label={s.security} className={styles.security}>
            <Select
              value={security}
              onChange={(_, d) => {
                const next = d.value as Security;
                // Follow the usual port for the security chosen unless the user typed another.
                if (Number(port) === DEFAULT_PORT[security]) setPort(String(DEFAULT_PORT[next]));
                setSecurity(next);
              }}
            >
              {(['starttls', 'tls', 'none'] as const).map((v) => (
                <option key={v} value={v}>
                  {s.securityOptions[v]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className={styles.pair}>
          <Field label={s.user} hint={s.userHint}>
            <Input value={user} onChange={(_, d) => setUser(d.value.replace(/[\r\n]/g, ''))} autoComplete="username" />
          </Field>
          <Field label={s.password} hint={state?.passwordSaved ? s.passwordSaved : undefined}>
            <Input type="password" value={password} onChange={(_, d) => setPassword(d.value)} autoComplete="current-password" />
          </Field>
        </div>
        {state?.keychain && <Checkbox label={s.remember} checked={remember} onChange={(_, d) => setRemember(d.checked === true)} />}
        {state?.passwordSaved && (
          <Link as="button" onClick={() => void forget()}>
            {s.forget}
          </Link>
        )}
        <div className={styles.pair}>
          <Field label={s.to} required {...shown(errors.to)}>
            <Input type="email" value={to} onChange={(_, d) => setTo(d.value)} placeholder="you@contoso.com" />
          </Field>
          <Field label={s.send} validationMessage={sends.length === 0 ? s.noSends : undefined} validationState={sends.length === 0 ? 'warning' : 'none'}>
            <Select value={selected} disabled={sends.length === 0} onChange={(_, d) => setSendId(d.value)}>
              {sends.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.sendDate ? `${e.name} – ${localDate(e.sendDate)}` : e.name}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" icon={busy ? <Spinner size="tiny" /> : <SendRegular />} disabled={busy || sends.length === 0}>
            {busy ? s.sending : s.submit}
          </Button>
        </div>
        {outcome?.ok === true && (
          <MessageBar intent={outcome.rejected.length > 0 ? 'warning' : 'success'} layout="multiline" role="status">
            <MessageBarBody>
              {s.sent(outcome.accepted)} {outcome.rejected.length > 0 && s.rejected(outcome.rejected)}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.ok === false && (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>{s.failed}</MessageBarTitle> {outcome.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </form>
    </SectionCard>
  );
}
