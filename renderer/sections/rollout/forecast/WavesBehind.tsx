import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { MailAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { randomId } from '../../../../shared/ids';
import type { CampaignEmail, Plan } from '../../../../shared/plan/schema';
import type { Forecast, WaveForecast } from '../../../../shared/simulator/forecast/types';
import { localDate } from '../../../charts/dates';
import { SectionCard } from '../../../components/SectionCard';
import { useAppStore } from '../../../state/store';
import { lastActual } from './series';
import { forecastStrings } from './strings';

const s = forecastStrings.behind;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: 'none' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The Registration Reminder for the wave's phase on the date, added to the campaign (one undo removes it). */
export function reminderEmail(plan: Plan, wave: string, date: string): CampaignEmail | null {
  const phase = plan.rollout.phases.find((p) => p.name === wave);
  if (!phase) return null;
  return { id: randomId('email'), kind: 'reminder', name: s.emailName(wave), phaseId: phase.id, sendDate: date, templateId: '', offsetDays: null, sent: false };
}

function BehindWave({ plan, wave, asOf }: { plan: Plan; wave: WaveForecast; asOf: string }) {
  const applyChanges = useAppStore((st) => st.applyChanges);
  const [added, setAdded] = useState(false);
  const seen = lastActual(wave.actual);
  const last = seen && { actual: seen.share, low: wave.registeredShare.p10[seen.index] };
  const date = wave.suggestedReminder;
  const phase = plan.rollout.phases.find((p) => p.name === wave.wave);
  // A reminder still to go out after the latest import answers the warning: offering another would only pile them up.
  const planned = phase
    ? plan.communications.emails
        .flatMap((e) => (e.phaseId === phase.id && e.kind === 'reminder' && e.sendDate !== null && e.sendDate > asOf ? [e.sendDate] : []))
        .sort()[0]
    : undefined;

  const add = async () => {
    if (date === null) return;
    const email = reminderEmail(plan, wave.wave, date);
    if (!email) return;
    setAdded(await applyChanges([{ path: 'communications.emails', value: [...plan.communications.emails, email] }]));
  };

  let detail: string;
  if (planned !== undefined) detail = added ? s.added(wave.wave, localDate(planned)) : s.alreadyPlanned(localDate(planned));
  else if (date === null) detail = s.noSuggestion;
  else if (!phase) detail = s.noPhase(wave.wave);
  else detail = s.suggest(localDate(date));

  return (
    <li>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{last ? s.wave(wave.wave, last.actual, last.low) : wave.wave}</MessageBarTitle> {detail}
        </MessageBarBody>
        {date !== null && phase && planned === undefined && (
          <MessageBarActions>
            <Button icon={<MailAddRegular />} aria-label={s.addLabel(wave.wave, localDate(date))} onClick={() => void add()}>
              {s.add(localDate(date))}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
    </li>
  );
}

/** Waves whose actual registration fell below the forecast's range, each with a reminder to add. */
export function WavesBehind({ plan, forecast }: { plan: Plan; forecast: Forecast }) {
  const styles = useStyles();
  const behind = forecast.waves.filter((w) => w.behind);
  const anyActual = forecast.waves.some((w) => w.actual !== null);
  return (
    <SectionCard id="rollout-forecast-behind" title={s.heading} description={s.description}>
      {behind.length > 0 ? (
        <ul className={styles.list} aria-label={s.listLabel}>
          {behind.map((w) => (
            <BehindWave key={w.wave} plan={plan} wave={w} asOf={forecast.asOf} />
          ))}
        </ul>
      ) : (
        <Text className={styles.muted}>{anyActual ? s.none : s.noActuals}</Text>
      )}
    </SectionCard>
  );
}
