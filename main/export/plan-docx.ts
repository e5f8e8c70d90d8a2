import {
  Bookmark,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  InternalHyperlink,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  HeadingLevel,
} from 'docx';
import { longDate } from '../../shared/dates';
import type { Finding } from '../../shared/plan/findings';
import type { Plan } from '../../shared/plan/schema';
import type { Tenant } from '../../shared/plan/tenant';
import { planCharts, type ChartSvg } from '../../shared/report/charts';
import { reportData, type ReportData } from '../../shared/report/data';
import { reportStrings as S } from '../../shared/report/strings';
import type { ReportTable, TableId } from '../../shared/report/table';
import { planTables } from '../../shared/report/tables';
import {
  bullet,
  clean,
  CONTENT_PX,
  CONTENT_WIDTH,
  hex,
  INK,
  logoRun,
  MUTED,
  numbering,
  pageFooter,
  pageProperties,
  para,
  runningHeader,
  spacer,
  styles,
  wordTable,
} from './docx-parts';
import { svgToPng } from './svg-png';

/**
 * The deployment plan as a Word document (`export-plan`): a title page, a contents page that needs
 * no field update (LibreOffice does not update fields when converting), and one chapter per plan
 * section built from shared/report (tables, charts), so the document shows what the app shows.
 */

export interface PlanDocxInputs {
  plan: Plan;
  tenant: Tenant;
  findings: readonly Finding[];
  /** YYYY-MM-DD: the document's date, and the day readiness and the simulator are judged on. */
  today: string;
  /** ISO time of the plan's last save. */
  savedAt: string;
  /** The app's version (package.json). */
  appVersion: string;
  /** The forecast's "as of" day (the last tenant import); today when not given. */
  asOf?: string;
  /** Monte Carlo runs for the forecast; 300 by default, which draws the same band as the app's 1,000. */
  forecastRuns?: number;
}

export const DOCUMENT_FORECAST_RUNS = 300;

/** Rows shown of tables that grow with the tenant; the CSV export has them all. */
const MAX_ROWS: Partial<Record<TableId, number>> = { licenseUncovered: 25 };

type ChapterId = keyof typeof S.chapters;
const CHAPTERS = Object.keys(S.chapters) as ChapterId[];
const anchor = (id: ChapterId) => `chapter-${id}`;

interface Ctx {
  data: ReportData;
  brand: string;
  tables: Map<string, ReportTable>;
  pngs: Map<string, Buffer>;
  charts: Partial<Record<ChartSvg['id'], ChartSvg>>;
}

type Block = Paragraph | Table;

function chapterHeading(id: ChapterId): Paragraph {
  const n = CHAPTERS.indexOf(id) + 1;
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    children: [new Bookmark({ id: anchor(id), children: [new TextRun(`${n}  ${S.chapters[id]}`)] })],
  });
}

function tableBlock(ctx: Ctx, id: TableId, options: { labels?: boolean; title?: boolean } = {}): Block[] {
  const t = ctx.tables.get(id);
  if (!t) return [];
  const title = options.title === false ? [] : [new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(clean(t.title))] })];
  return [...title, ...wordTable(t, { brand: ctx.brand, maxRows: MAX_ROWS[id], labels: options.labels })];
}

function chartBlock(ctx: Ctx, id: ChartSvg['id']): Block[] {
  const chart = ctx.charts[id];
  const png = ctx.pngs.get(id);
  if (!chart || !png) return [];
  const width = CONTENT_PX;
  const height = Math.round((chart.height / chart.width) * width);
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(clean(chart.title))] }),
    new Paragraph({
      keepNext: false,
      spacing: { after: 160 },
      children: [new ImageRun({ type: 'png', data: png, transformation: { width, height }, altText: { name: chart.title, description: chart.title, title: chart.title } })],
    }),
  ];
}

function titlePage(ctx: Ctx, inputs: PlanDocxInputs): Block[] {
  const { plan, readiness } = ctx.data;
  const org = plan.overview.organization.trim() || S.untitledOrganization;
  const logo = logoRun(plan.communications.logo, { width: 220, height: 90 });
  const status = readiness.verdict === 'go' ? S.titlePage.go : S.titlePage.noGo(readiness.blockers.length);
  const saved = inputs.savedAt.slice(0, 16).replace('T', ' ');
  const rows: [string, string][] = [
    [S.titlePage.version, S.titlePage.versionValue(inputs.appVersion, saved)],
    [S.titlePage.date, longDate(inputs.today)],
    [S.titlePage.status, status],
    ...(plan.overview.tenantDomain ? [[S.titlePage.tenant, plan.overview.tenantDomain] as [string, string]] : []),
  ];
  const line = { style: BorderStyle.SINGLE, size: 4, color: 'D9DCE1' } as const;
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
  const labelWidth = 2200;
  const details = new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [labelWidth, CONTENT_WIDTH - labelWidth],
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: none, right: none, insideHorizontal: line, insideVertical: none },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: labelWidth, type: WidthType.DXA }, margins: { top: 100, bottom: 100, left: 0, right: 120 }, children: [para(label, { bold: true, color: MUTED, after: 0 })] }),
            new TableCell({
              width: { size: CONTENT_WIDTH - labelWidth, type: WidthType.DXA },
              margins: { top: 100, bottom: 100, left: 120, right: 0 },
              children: [
                new Paragraph({
                  spacing: { after: 0 },
                  children: [
                    new TextRun({
                      text: clean(value),
                      bold: label === S.titlePage.status,
                      color: label === S.titlePage.status ? (readiness.verdict === 'go' ? '107C10' : 'B10E1C') : INK,
                    }),
                  ],
                }),
              ],
            }),
          ],
        }),
    ),
  });
  return [
    new Paragraph({ spacing: { before: 1200, after: 600 }, children: logo ? [logo] : [] }),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: clean(org), size: 56, bold: true, color: hex(ctx.brand) })] }),
    new Paragraph({
      spacing: { after: 900 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 24, color: hex(ctx.brand), space: 12 } },
      children: [new TextRun({ text: S.documentTitle, size: 40, color: INK })],
    }),
    details,
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function contents(): Block[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(S.contents)] }),
    ...CHAPTERS.map(
      (id, i) =>
        new Paragraph({
          spacing: { after: 140 },
          children: [
            new InternalHyperlink({
              anchor: anchor(id),
              children: [new TextRun({ text: `${i + 1}`, bold: true, color: hex('#5C5C5C') }), new TextRun({ text: `\t${S.chapters[id]}`, size: 24 })],
            }),
          ],
          tabStops: [{ type: 'left', position: 560 }],
        }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function verdictBox(ctx: Ctx): Table {
  const r = ctx.data.readiness;
  const go = r.verdict === 'go';
  const color = go ? '107C10' : 'B10E1C';
  const side = { style: BorderStyle.SINGLE, size: 36, color } as const;
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [CONTENT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, right: none, left: side, insideHorizontal: none, insideVertical: none },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: CONTENT_WIDTH, type: WidthType.DXA },
            margins: { top: 120, bottom: 120, left: 240, right: 240 },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F5F6F8' },
            children: [
              new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: go ? S.text.verdictGo : S.text.verdictNoGo, bold: true, size: 40, color })] }),
              para(go ? S.text.verdictGoWhy : S.text.verdictNoGoWhy(r.blockers.length), { after: 40 }),
              para(S.text.currentPhase(S.phaseKinds[r.phase]), { size: 18, color: MUTED, after: 0 }),
            ],
          }),
        ],
      }),
    ],
  });
}

function chapter(ctx: Ctx, id: ChapterId): Block[] {
  const { plan, licenses, sweep, forecast, readiness, findings } = ctx.data;
  const body: Block[] = [];
  const org = plan.overview.organization.trim() || S.untitledOrganization;
  switch (id) {
    case 'overview':
      body.push(para(S.text.overviewIntro(org)), ...tableBlock(ctx, 'overview', { labels: true }));
      body.push(para(S.text.businessCase(plan.businessCase.passwordCallsPerMonth, plan.businessCase.costPerCall, plan.businessCase.currency)));
      body.push(...tableBlock(ctx, 'businessCase', { labels: true }));
      break;
    case 'stakeholders':
      if (plan.stakeholders.length === 0) body.push(para(S.text.noStakeholders));
      else {
        body.push(para(S.text.signOffs(readiness.signOffs.signed, plan.stakeholders.length)), ...tableBlock(ctx, 'stakeholders'));
        body.push(...tableBlock(ctx, 'raci'), para(S.text.raciIntro, { size: 16, color: MUTED }));
      }
      break;
    case 'licensing':
      body.push(licenses ? para(S.text.coverage(licenses.covered, licenses.inScope), { keepNext: true }) : para(S.text.noTenant));
      body.push(...chartBlock(ctx, 'coverage'), ...tableBlock(ctx, 'licenseSkus'), ...tableBlock(ctx, 'licenseCoverage'));
      if (licenses && licenses.uncovered.length > 0) body.push(...tableBlock(ctx, 'licenseUncovered'));
      break;
    case 'configuration':
      body.push(para(S.text.configurationIntro), ...tableBlock(ctx, 'configuration', { title: false }));
      break;
    case 'communications':
      body.push(...(plan.communications.emails.length === 0 ? [para(S.text.noEmails)] : tableBlock(ctx, 'communications', { title: false })));
      break;
    case 'testing':
      body.push(para(S.text.testAccount(plan.testing.testAccount)));
      if (plan.testing.runs.length === 0) body.push(para(S.text.noRuns, { color: MUTED }));
      body.push(...tableBlock(ctx, 'testMatrix', { title: false }));
      break;
    case 'support':
      if (plan.support.networkAccess.trim() !== '') {
        body.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(S.text.networkAccess)] }));
        body.push(...plan.support.networkAccess.split('\n').filter((l) => l.trim() !== '').map((l) => bullet(l)));
      }
      body.push(...tableBlock(ctx, 'supportScenarios'), ...tableBlock(ctx, 'supportSteps'), ...tableBlock(ctx, 'supportRoles'));
      break;
    case 'reporting':
      body.push(para(S.text.retention(plan.reporting.auditRetentionDays)), ...tableBlock(ctx, 'backups', { title: false }));
      break;
    case 'rollout':
      body.push(verdictBox(ctx), spacer());
      if (readiness.blockers.length > 0) body.push(...tableBlock(ctx, 'blockers'));
      body.push(...(readiness.watch.length > 0 ? tableBlock(ctx, 'watch') : [para(S.text.noWatch)]));
      body.push(...chartBlock(ctx, 'timeline'), ...tableBlock(ctx, 'phases'), ...tableBlock(ctx, 'checklist'));
      body.push(...(findings.length > 0 ? tableBlock(ctx, 'findings') : [para(S.text.noFindings)]));
      break;
    case 'simulator':
      if (!sweep) body.push(para(S.text.noTenant));
      else {
        body.push(para(S.text.sweepIntro(longDate(sweep.on), sweep.users, sweep.enabled, sweep.canReset), { keepNext: true }));
        body.push(...chartBlock(ctx, 'registration'), ...tableBlock(ctx, 'sweepWaves'));
        if (sweep.reasons.length > 0) body.push(...tableBlock(ctx, 'sweepReasons'));
      }
      break;
    case 'forecast':
      if (!forecast) body.push(para(S.text.noTenant));
      else {
        body.push(para(S.text.forecastIntro(forecast.runs, forecast.seed, forecast.asOf), { keepNext: true }), ...chartBlock(ctx, 'forecast'), ...tableBlock(ctx, 'forecastWaves'));
        const roi = forecast.roi;
        body.push(para(S.text.roiTotal(roi.totalSaved, roi.totalSavedP10, roi.totalSavedP90, roi.currency)));
        body.push(...chartBlock(ctx, 'roi'), ...tableBlock(ctx, 'roi'));
        body.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(S.text.assumptions)] }));
        body.push(...[...forecast.assumptions, ...roi.assumptions].map((a) => bullet(a, 18)));
      }
      break;
  }
  return [chapterHeading(id), ...body];
}

/** The plan document as .docx bytes. */
export async function planDocx(inputs: PlanDocxInputs): Promise<Buffer> {
  const data = reportData(inputs.plan, inputs.tenant, inputs.findings, inputs.today, {
    asOf: inputs.asOf,
    forecastRuns: inputs.forecastRuns ?? Math.min(inputs.plan.forecast.runs, DOCUMENT_FORECAST_RUNS),
  });
  const charts = planCharts(data);
  const entries = Object.values(charts).filter((c): c is ChartSvg => c !== undefined);
  const pngs = new Map(await Promise.all(entries.map(async (c) => [c.id, await svgToPng(c.svg)] as const)));
  const brand = data.plan.communications.brandColor;
  const ctx: Ctx = { data, brand, tables: new Map(planTables(data).map((t) => [t.id, t])), pngs, charts };
  const org = data.plan.overview.organization.trim() || S.untitledOrganization;

  const doc = new Document({
    title: `${org}: ${S.documentTitle}`,
    creator: 'SSPR Rollout Planner',
    description: S.documentTitle,
    styles: styles(brand),
    numbering: numbering(),
    sections: [
      {
        properties: { page: pageProperties, titlePage: true },
        headers: { default: runningHeader(S.header(org), brand), first: new Header({ children: [] }) },
        footers: { default: pageFooter(longDate(inputs.today)) },
        children: [...titlePage(ctx, inputs), ...contents(), ...CHAPTERS.flatMap((id) => chapter(ctx, id))],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
