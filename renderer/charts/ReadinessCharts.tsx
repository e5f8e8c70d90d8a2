import type { Finding } from '../../shared/plan/findings';
import type { Readiness } from '../../shared/plan/readiness';
import type { Plan } from '../../shared/plan/schema';
import { ChartGrid } from './ChartFrame';
import { ChecklistChart } from './ChecklistChart';
import { FindingsChart } from './FindingsChart';
import { SignOffChart } from './SignOffChart';
import { TestMatrixChart } from './TestMatrixChart';
import { TimelineChart } from './TimelineChart';
import { localToday } from '../../shared/today';

/**
 * The readiness dashboard's charts. Loaded on demand (React.lazy) because recharts is large; the
 * default export is what lazy() expects.
 */
export default function ReadinessCharts({ plan, findings, readiness }: { plan: Plan; findings: readonly Finding[]; readiness: Readiness }) {
  return (
    <ChartGrid>
      <FindingsChart findings={findings} />
      <SignOffChart signOffs={readiness.signOffs} />
      <ChecklistChart readiness={readiness} />
      <TestMatrixChart readiness={readiness} />
      <TimelineChart phases={plan.rollout.phases} emails={plan.communications.emails} today={localToday()} />
    </ChartGrid>
  );
}
