import type { SweepReport } from '../../../../shared/simulator/sweep';
import { FiguresCard } from '../../../components/FiguresCard';
import { simulatorStrings } from '../strings';

const s = simulatorStrings.sweep;

/** The counts a project lead reads first, and one sentence on what they mean. */
export function SweepFigures({ report }: { report: SweepReport }) {
  const cannot = report.enabled - report.canReset;
  const figure = (key: keyof typeof s.figures, value: number, tone?: 'good' | 'bad') => ({ key, label: s.figures[key], value, tone });
  return (
    <FiguresCard
      label={s.figuresLabel}
      fine={cannot === 0}
      status={cannot === 0 ? s.allCanReset(report.enabled) : s.someCannot(cannot)}
      figures={[
        figure('users', report.users),
        figure('enabled', report.enabled),
        figure('promptRegister', report.promptRegister, report.promptRegister > 0 ? 'bad' : undefined),
        figure('promptReconfirm', report.promptReconfirm),
        figure('canReset', report.canReset, 'good'),
        figure('cannotReset', cannot, cannot > 0 ? 'bad' : undefined),
      ]}
    />
  );
}
