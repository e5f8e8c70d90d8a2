/** The adoption forecast's output (Rollout → Forecast, `sspr-planner forecast --json`, `forecast.run`). */

/** A quantity per day across the Monte Carlo runs: the 10th, 50th and 90th percentile. */
export interface Band {
  p10: number[];
  p50: number[];
  p90: number[];
}

/** A campaign email that moves the curve, as the chart marks it. */
export interface ForecastSend {
  date: string;
  /** The email's name in the plan, e.g. "Reminder". */
  name: string;
  /** The wave it goes to. */
  wave: string;
}

export interface WaveForecast {
  wave: string;
  users: number;
  /** The phase's start: the day its users are enabled and registration can be enforced. */
  start: string | null;
  /** Share (0–1) of the wave's users registered per day of `Forecast.days`. */
  registeredShare: Band;
  /** Actual share per day from the imported registration details, up to the day of the import; null afterwards and without data. */
  actual: (number | null)[] | null;
  /** The actual share on the latest day with data fell below the forecast's 10th percentile. */
  behind: boolean;
  /** For a wave that is behind: the first sensible day for an extra Reminder send. */
  suggestedReminder: string | null;
}

export interface RoiMonth {
  /** YYYY-MM */
  month: string;
  /** Calls avoided that month at the median registered share, and the band. */
  callsAvoided: number;
  saved: number;
  savedP10: number;
  savedP90: number;
  /** Money saved from the first month to this one, median. */
  cumulativeSaved: number;
}

export interface Roi {
  currency: string;
  callsPerMonth: number;
  costPerCall: number;
  callDeflection: number;
  months: RoiMonth[];
  /** Over the whole horizon: median and band. */
  totalSaved: number;
  totalSavedP10: number;
  totalSavedP90: number;
  /** The assumptions behind the figures, in words, for the page and the document. */
  assumptions: string[];
}

export interface Forecast {
  seed: number;
  runs: number;
  /** The day of the data the actuals come from (the last tenant import, else today). */
  asOf: string;
  /** Users the plan enables over the rollout (the waves' users). */
  users: number;
  /** Every day of the horizon, YYYY-MM-DD. */
  days: string[];
  /** Share (0–1) of all the waves' users registered per day. */
  registeredShare: Band;
  /** Actual overall share per day up to the import day, or null without imported registration details. */
  actual: (number | null)[] | null;
  waves: WaveForecast[];
  sends: ForecastSend[];
  /** Reconfirmation prompts per day (mean across the runs): sign-ins of users whose registration is older than the policy allows. All 0 without reconfirmation or enforced registration. */
  reconfirmPrompts: number[];
  /** How the model read the plan and what it assumes, in words, for the page and the CLI. */
  assumptions: string[];
  roi: Roi;
}
