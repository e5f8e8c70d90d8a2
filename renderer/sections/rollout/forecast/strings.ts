import type { ForecastSettings } from '../../../../shared/plan/schema';
import { counted } from '../../../../shared/text';

/** A share (0–1) as a whole percent for headlines: "62 %". */
const pct = (share: number) => `${Math.round(share * 100)}%`;

/** Every user-visible string of Rollout → Forecast; the wording is ours. */
export const forecastStrings = {
  loading: 'Running the forecast…',
  loadFailed: (message: string) => `The forecast could not be run: ${message}`,
  refreshing: 'Updating the forecast…',
  noWaves:
    'Nobody to forecast yet: add rollout phases with a start date, and import the organization or enter the in-scope population in Licensing so the forecast knows how many users there are.',

  figuresLabel: 'Adoption forecast at a glance',
  figures: {
    users: 'Users in the waves',
    atLaunch: (date: string) => `Registered at launch, ${date}`,
    atEnd: (date: string) => `Registered by ${date}`,
    saved: 'Saved over the horizon',
  },
  range: (low: string, high: string) => `likely ${low} to ${high}`,
  percent: pct,
  status: (launch: number, end: number, endDate: string) =>
    `About ${pct(launch)} of users are expected to have registered when the last wave starts, and ${pct(end)} by ${endDate}. The range is where 8 of 10 simulated rollouts land.`,
  statusBehind: (waves: string[]) =>
    `${waves.length === 1 ? `${waves[0]} is` : `${waves.join(', ')} are`} behind the forecast: see below for a reminder date.`,

  chartsHeading: 'Registration over time',
  chartsLoading: 'Loading the charts…',
  waveSelect: 'Wave shown',
  allWaves: 'All waves',

  chart: {
    title: (wave: string) => `Registered share per day, ${wave}`,
    day: 'Day',
    p10: 'Low (10th percentile)',
    p50: 'Expected (median)',
    p90: 'High (90th percentile)',
    actual: 'Actual',
    band: 'Likely range (10–90 %)',
    send: 'Campaign send',
    today: 'Today',
    noActual: 'Once the rollout has started, import registration details in Licensing to draw the actual share against the forecast.',
    note: 'The shaded band holds 8 of 10 simulated rollouts; the line is the middle one. Numbered lines mark campaign sends.',
    summary: (wave: string, from: string, to: string, start: number, end: number, low: number, high: number, sends: number) =>
      `Line chart, ${wave}, from ${from} to ${to}: the expected registered share rises from ${pct(start)} to ${pct(end)} (likely ${pct(low)} to ${pct(high)} at the end), with ${counted(sends, 'campaign send')} marked.`,
    actualSummary: (share: number, on: string) => ` Actual: ${pct(share)} on ${on}.`,
    sendKey: (n: number, name: string, date: string) => `${n}. ${name}, ${date}`,
  },

  behind: {
    heading: 'Waves behind the forecast',
    description:
      'A wave is behind when its actual registered share on the day of the latest import is below the low end of the forecast. An extra reminder usually brings it back.',
    none: 'Every wave with imported registration details is on track.',
    noActuals: 'Once a wave has started, import registration details in Licensing to see whether it is on track.',
    listLabel: 'Waves behind the forecast',
    wave: (wave: string, actual: number, low: number) => `${wave}: ${pct(actual)} registered, the forecast expected at least ${pct(low)}.`,
    suggest: (date: string) => `Suggested extra reminder: ${date}.`,
    noSuggestion: 'No date left inside the forecast for an extra reminder.',
    add: (date: string) => `Add a reminder on ${date}`,
    addLabel: (wave: string, date: string) => `Add a reminder on ${date} for ${wave}`,
    added: (wave: string, date: string) => `A reminder for ${wave} on ${date} is in the plan; adjust its text in Communications.`,
    alreadyPlanned: (date: string) => `A reminder on ${date} is already planned; check again after the next import.`,
    noPhase: (wave: string) => `No phase named ${wave} in the plan to send the reminder to.`,
    emailName: (wave: string) => `Extra reminder (${wave})`,
  },

  roi: {
    heading: 'Return on investment',
    description: 'Password calls the help desk no longer takes once users can reset their own password, and what that saves.',
    noBaseline:
      'Enter the password calls per month and the cost of one call in Overview → Business case to see what SSPR saves.',
    totalSaved: 'Saved over the horizon',
    totalCalls: 'Calls avoided',
    monthlyTitle: 'Saved per month',
    month: 'Month',
    saved: 'Saved (median)',
    range: 'Likely range',
    cumulative: 'Saved so far',
    calls: 'Calls avoided',
    rangeNote: 'Whiskers on the bars show the likely range (10th to 90th percentile) of each month.',
    summary: (months: number, total: string, calls: number) =>
      `Bar chart of ${counted(months, 'month')}: ${total} saved in all, ${calls.toLocaleString()} password calls avoided.`,
    assumptions: 'Assumptions',
  },

  settings: {
    heading: 'Forecast assumptions',
    description:
      'What the forecast takes for granted. The defaults suit a typical organization; change them to what you know of yours. Each change is saved to the plan and the charts follow.',
    readsHeading: 'How the forecast reads the plan',
    restore: 'Restore the defaults',
    restored: 'The default assumptions are back.',
    percentHint: 'In percent.',
    rangePercent: (min: number, max: number) => `Enter a percentage from ${min} to ${max}.`,
    rangeNumber: (min: number, max: number) => `Enter a number from ${min.toLocaleString()} to ${max.toLocaleString()}.`,
    rangeWhole: (min: number, max: number) => `Enter a whole number from ${min.toLocaleString()} to ${max.toLocaleString()}.`,
    groups: { behaviour: 'How users behave', money: 'Savings', model: 'The simulation' },
    fields: {
      signInRate: {
        label: 'Daily sign-in chance',
        help: 'How likely an enabled user is to sign in on a given day. With enforced registration, each sign-in is a chance to be asked to register.',
      },
      promptCompletion: {
        label: 'Completion when prompted',
        help: 'How many users who are asked to register at sign-in finish it then, instead of skipping it for now.',
      },
      sendResponse: {
        label: 'Response to an email',
        help: 'The part of the users still to register who register because of one campaign email.',
      },
      responseHalfLifeDays: {
        label: 'Email pull half-life (days)',
        help: 'How many days it takes for the effect of an email to fall by half. Most people act on an email within a few days or not at all.',
      },
      baselineDaily: {
        label: 'Daily unprompted registration',
        help: 'How likely an enabled user is to register on a given day without being asked or emailed: word of mouth, the intranet, the help desk.',
      },
      callDeflection: {
        label: 'Calls avoided per registered user',
        help: 'The part of their password calls a registered user no longer makes because they reset the password themselves.',
      },
      uncertainty: {
        label: 'Uncertainty',
        help: 'How far each rate above may be off in either direction, as a part of the rate. A larger value widens the likely range.',
      },
      horizonDays: {
        label: 'Horizon (days)',
        help: 'How many days the forecast covers. Make it long enough to reach past the start of the last wave.',
      },
      runs: {
        label: 'Simulated rollouts',
        help: 'How many rollouts are simulated with rates drawn within the uncertainty. More runs give a smoother range but take longer.',
      },
      seed: {
        label: 'Random seed',
        help: 'Fixes the random draws, so the same plan always gives the same forecast. Change it to see another set of runs.',
      },
    } satisfies Record<keyof ForecastSettings, { label: string; help: string }>,
  },
};
