import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiInput } from '../../../../shared/api';
import type { MethodId } from '../../../../shared/plan/methods';
import type { Decision } from '../../../../shared/simulator/engine';
import type { SimRuleCode } from '../../../../shared/simulator/ruleCodes';
import type { TryItUser } from '../../../../shared/simulator/tryIt';
import { call, errorMessage } from '../../../state/apiClient';
import type { DeviceJoin, PortalVariant } from '../strings';

export type TryStep = ApiInput<'simulator.tryIt'>['steps'][number];
export type Stage = 'identify' | 'methods' | 'verify' | 'password' | 'done';

export interface Device {
  join: DeviceJoin;
  windowsBuild: number;
  remote: boolean;
}

/** What the simulated devices show for the methods chosen: fresh codes, made here, never sent anywhere. */
export interface Challenge {
  /** Tells one set of codes from the next, so typed answers start empty each time. */
  id: number;
  methods: MethodId[];
  codes: Partial<Record<MethodId, string>>;
}

export interface Walk {
  stage: Stage;
  /** Verification attempts that failed: replayed on every call so the engine counts them toward a lockout. */
  history: TryStep[];
  /** The engine's decisions for `history`, from the latest call. */
  attempts: Decision[];
  challenge: Challenge | null;
  /** The verified step, waiting for its new password. */
  pending: TryStep | null;
  final: Decision | null;
  passwordRefusal: Decision | null;
}

const START: Walk = { stage: 'identify', history: [], attempts: [], challenge: null, pending: null, final: null, passwordRefusal: null };

/**
 * Where the engine stops before or at verification (sspr-domain.md §13). The portal uses them only to
 * tell "verification failed, the user may try again" from "verified, go on"; the verdicts are the engine's.
 */
const VERIFICATION_STOPS: readonly SimRuleCode[] = ['SIM-RESET-001', 'SIM-LOCKOUT-001', 'SIM-RESET-002', 'SIM-RESET-003', 'SIM-RESET-004', 'SIM-RESET-005'];

/** With no method at hand the engine reaches its verification check, and stops there, only when nothing before it refused the user. */
const REACHED_VERIFICATION: SimRuleCode = 'SIM-RESET-005';

const CODED: readonly MethodId[] = ['email', 'mobilePhone', 'appCode'];

function sixDigits(): string {
  return String(crypto.getRandomValues(new Uint32Array(1))[0] % 1_000_000).padStart(6, '0');
}

function action(variant: PortalVariant): TryStep['do'] {
  return variant === 'unlock' ? 'unlock' : variant === 'lockScreen' ? 'lockScreenReset' : 'reset';
}

/**
 * One user's walk through the reset portal. Each move sends every step so far to the engine (which
 * starts from the imported state each time) and shows what it decided; nothing is decided here.
 */
export function usePortal(upn: string | null, variant: PortalVariant, device: Device, on: string) {
  const [summary, setSummary] = useState<TryItUser | null>(null);
  const [walk, setWalk] = useState<Walk>(START);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const request = useRef(0);
  const challenges = useRef(0);

  useEffect(() => {
    const mine = ++request.current;
    const load = async () => {
      setWalk(START);
      setError(null);
      if (upn === null) {
        setSummary(null);
        return;
      }
      try {
        const result = await call('simulator.tryIt', { user: upn, steps: [] });
        if (mine === request.current) setSummary(result.user);
      } catch (e) {
        if (mine === request.current) setError(errorMessage(e));
      }
    };
    void load();
  }, [upn, variant, device.join, device.windowsBuild, device.remote]);

  const base = useCallback(
    (): TryStep => ({ on, do: action(variant), ...(variant === 'lockScreen' ? { device: { ...device } } : {}) }),
    [on, variant, device],
  );

  /** Runs the history plus one step; returns the step's decision and the history's, or null on an error. */
  const run = useCallback(
    async (history: TryStep[], step: TryStep): Promise<{ decision: Decision; attempts: Decision[] } | null> => {
      if (upn === null) return null;
      setBusy(true);
      setError(null);
      try {
        const { decisions } = await call('simulator.tryIt', { user: upn, steps: [...history, step] });
        return { decision: decisions[decisions.length - 1], attempts: decisions.slice(0, history.length) };
      } catch (e) {
        setError(errorMessage(e));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [upn],
  );

  const identify = useCallback(async () => {
    const answer = await run(walk.history, { ...base(), with: [] });
    if (!answer) return;
    const goOn = answer.decision.rule === REACHED_VERIFICATION;
    setWalk((w) => ({ ...w, attempts: answer.attempts, stage: goOn ? 'methods' : 'done', final: goOn ? null : answer.decision }));
  }, [run, walk.history, base]);

  const chooseMethods = useCallback((methods: MethodId[]) => {
    const codes: Partial<Record<MethodId, string>> = {};
    for (const m of methods) if (CODED.includes(m)) codes[m] = sixDigits();
    const id = ++challenges.current;
    setWalk((w) => ({ ...w, stage: 'verify', challenge: { id, methods, codes } }));
  }, []);

  /** `verified`: the chosen methods the user got right; the others are left out, as a failed check. */
  const verify = useCallback(
    async (verified: MethodId[]) => {
      const step = { ...base(), with: verified };
      const answer = await run(walk.history, step);
      if (!answer) return;
      const { decision } = answer;
      if (VERIFICATION_STOPS.includes(decision.rule)) {
        const locked = decision.outcome === 'lockedOut';
        setWalk((w) => ({
          ...w,
          history: [...w.history, step],
          attempts: [...answer.attempts, decision],
          challenge: null,
          stage: locked ? 'done' : 'methods',
          final: locked ? decision : null,
        }));
      } else if (variant === 'unlock') {
        setWalk((w) => ({ ...w, attempts: answer.attempts, stage: 'done', final: decision }));
      } else {
        setWalk((w) => ({ ...w, attempts: answer.attempts, stage: 'password', pending: step, passwordRefusal: null }));
      }
    },
    [run, walk.history, base, variant],
  );

  const submitPassword = useCallback(
    async (password: string) => {
      if (!walk.pending) return;
      const answer = await run(walk.history, { ...walk.pending, password });
      if (!answer) return;
      const { decision } = answer;
      if (decision.outcome === 'passwordRejected') setWalk((w) => ({ ...w, passwordRefusal: decision }));
      else setWalk((w) => ({ ...w, stage: 'done', final: decision, passwordRefusal: null }));
    },
    [run, walk.history, walk.pending],
  );

  const restart = useCallback(() => {
    setWalk(START);
    setError(null);
  }, []);

  /** The failed attempt just made, shown above the method choice. */
  const lastFailure = walk.stage === 'methods' && walk.attempts.length > 0 && walk.history.length === walk.attempts.length ? walk.attempts[walk.attempts.length - 1] : null;

  return { summary, walk, busy, error, identify, chooseMethods, verify, submitPassword, restart, lastFailure };
}
