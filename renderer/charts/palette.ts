import { tokens } from '@fluentui/react-components';
import type { Severity } from '../../shared/plan/findings';
import type { CampaignEmail, Phase } from '../../shared/plan/schema';
import type { TestResult } from './chartData';

/**
 * Chart colours as Fluent tokens (CSS variables), so every chart follows the light or dark theme.
 * The "BorderActive" palette steps are strong in light mode and lightened in dark mode.
 */
export const palette = {
  severity: {
    error: tokens.colorPaletteRedBorderActive,
    warning: tokens.colorPaletteMarigoldBorderActive,
    info: tokens.colorPaletteBlueBorderActive,
  } satisfies Record<Severity, string>,
  signOff: {
    signed: tokens.colorPaletteGreenBorderActive,
    pending: tokens.colorPaletteMarigoldBorderActive,
    declined: tokens.colorPaletteRedBorderActive,
  },
  test: {
    passed: tokens.colorPaletteGreenBorderActive,
    failed: tokens.colorPaletteRedBorderActive,
    blocked: tokens.colorPaletteDarkOrangeBorderActive,
    notRun: tokens.colorNeutralStrokeAccessible,
  } satisfies Record<TestResult, string>,
  checklist: { done: tokens.colorPaletteGreenBorderActive, open: tokens.colorNeutralStroke1 },
  phase: {
    pilot: tokens.colorPaletteBerryBorderActive,
    wave: tokens.colorPaletteBlueBorderActive,
    all: tokens.colorPaletteTealBorderActive,
  } satisfies Record<Phase['kind'], string>,
  email: {
    comingSoon: tokens.colorPaletteMarigoldBorderActive,
    availableNow: tokens.colorPaletteGreenBorderActive,
    reminder: tokens.colorPaletteLavenderBorderActive,
    custom: tokens.colorNeutralForeground2,
  } satisfies Record<CampaignEmail['kind'], string>,
  coverage: { covered: tokens.colorPaletteGreenBorderActive, uncovered: tokens.colorPaletteDarkOrangeBorderActive },
  forecast: {
    median: tokens.colorPaletteBlueBorderActive,
    band: tokens.colorPaletteBlueBorderActive,
    actual: tokens.colorPaletteDarkOrangeBorderActive,
    send: tokens.colorPaletteLavenderBorderActive,
    saved: tokens.colorPaletteGreenBorderActive,
    cumulative: tokens.colorPaletteBlueBorderActive,
  },
  axis: tokens.colorNeutralForeground3,
  grid: tokens.colorNeutralStroke2,
  text: tokens.colorNeutralForeground2,
};

/** Tick labels of recharts axes in the theme's text colour. */
export const axisTick = { fill: tokens.colorNeutralForeground2, fontSize: 12 };

/** Tooltip boxes in the theme's colours (recharts draws them white by default). */
export const tooltipStyle = {
  contentStyle: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    fontSize: 12,
  },
  labelStyle: { color: tokens.colorNeutralForeground1, fontWeight: 600 },
  cursor: { fill: tokens.colorNeutralBackground1Hover },
};

/**
 * What every horizontal bar chart here shares: bars run left to right, the chart fills its card,
 * and recharts' own keyboard layer is off because each chart's frame carries the summary and table.
 */
export const HORIZONTAL_BARS = {
  layout: 'vertical',
  responsive: true,
  margin: { top: 4, right: 16, bottom: 4, left: 4 },
  accessibilityLayer: false,
} as const;
