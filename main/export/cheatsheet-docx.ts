import { BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { buildCheatSheet, type CheatSheet } from '../../shared/plan/cheatSheet';
import type { Plan } from '../../shared/plan/schema';
import { reportStrings as S } from '../../shared/report/strings';
import { table } from '../../shared/report/table';
import { bullet, clean, hex, INK, logoRun, MUTED, numbered, numbering, PAGE, pageFooter, para, runningHeader, styles, wordTable } from './docx-parts';

/**
 * The help desk's one- or two-page cheat sheet, from the same `buildCheatSheet` the Support section
 * previews: who is enabled, the methods, the portals, network access, each scenario's steps and
 * who handles it, and where to escalate. Small type and narrow margins, to pin up.
 */

const MARGIN = 850; // 1.5 cm
const WIDTH = PAGE.width - 2 * MARGIN;
const SMALL = 17;
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

function heading(value: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_3, spacing: { before: 120, after: 60 }, children: [new TextRun(clean(value))] });
}

const small = (value: string, options: { bold?: boolean; color?: string } = {}) => para(value, { size: SMALL, after: 40, ...options });

/** Two columns of facts side by side, so the scenarios start high on the first page. */
function facts(sheet: CheatSheet): Table {
  const left: Paragraph[] = [
    heading(S.cheatSheet.whoIsEnabled),
    small(sheet.whoIsEnabled),
    heading(S.cheatSheet.methods),
    ...sheet.methods.map((m) => bullet(`${m.legacyName} (now: ${m.currentName})`, SMALL)),
    small(S.cheatSheet.methodsToReset(sheet.methodsToReset), { color: MUTED }),
  ];
  const right: Paragraph[] = [
    heading(S.cheatSheet.portals),
    ...sheet.portals.map((p) => bullet(`${p.label}: ${p.url}`, SMALL)),
    heading(S.cheatSheet.helpdesk),
    small(sheet.helpdesk || S.notSet, { bold: true }),
    heading(S.cheatSheet.networkAccess),
    ...(sheet.networkAccess.trim() === ''
      ? [small(S.notSet)]
      : sheet.networkAccess
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((l) => bullet(l, SMALL))),
  ];
  const half = Math.floor(WIDTH / 2);
  const cell = (children: Paragraph[], w: number, pad: { left: number; right: number }) =>
    new TableCell({ width: { size: w, type: WidthType.DXA }, margins: { top: 0, bottom: 0, ...pad }, children });
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: [half, WIDTH - half],
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [new TableRow({ children: [cell(left, half, { left: 0, right: 200 }), cell(right, WIDTH - half, { left: 200, right: 0 })] })],
  });
}

function scenarios(sheet: CheatSheet): Paragraph[] {
  if (sheet.scenarios.length === 0) return [small(S.cheatSheet.noScenarios)];
  return sheet.scenarios.flatMap((s, i) => [
    new Paragraph({
      keepNext: true,
      keepLines: true,
      spacing: { before: 120, after: 40 },
      children: [
        new TextRun({ text: `${i + 1}. ${clean(s.title)}`, bold: true, size: 19 }),
        new TextRun({ text: `  ${S.cheatSheet.handledBy}: ${clean(s.handledBy || S.notSet)}`, size: SMALL, color: MUTED }),
      ],
    }),
    // Each scenario stays on one page: every step but the last keeps with the next.
    ...s.steps.map((step, n) => numbered(step, i + 1, SMALL, n < s.steps.length - 1)),
  ]);
}

/** The cheat sheet as .docx bytes. */
export async function cheatSheetDocx(plan: Plan, today: string): Promise<Buffer> {
  const sheet = buildCheatSheet(plan);
  const brand = plan.communications.brandColor;
  const org = sheet.organization.trim() || S.untitledOrganization;
  const logo = logoRun(plan.communications.logo, { width: 120, height: 40 });
  const titleRuns: ParagraphChild[] = [new TextRun({ text: S.cheatSheetTitle, bold: true, size: 32, color: hex(brand) })];
  const escalation = table('supportRoles', { title: S.cheatSheet.escalation, columns: [S.cheatSheet.columns.businessRole, S.cheatSheet.columns.entraRole] }, sheet.escalation.map((r) => [r.businessRole, r.entraRole]));
  const doc = new Document({
    title: `${org}: ${S.cheatSheetTitle}`,
    creator: 'SSPR Rollout Planner',
    styles: styles(brand, 18),
    numbering: numbering(),
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: 900, bottom: 850, left: MARGIN, right: MARGIN, header: 450, footer: 450 } } },
        headers: { default: runningHeader(S.cheatSheetHeader(org), brand) },
        footers: { default: pageFooter(today) },
        children: [
          ...(logo ? [new Paragraph({ spacing: { after: 60 }, children: [logo] })] : []),
          new Paragraph({ spacing: { after: 60 }, children: titleRuns }),
          para(org, { size: 20, color: INK, after: 120 }),
          facts(sheet),
          heading(S.cheatSheet.scenarios),
          ...scenarios(sheet),
          heading(S.cheatSheet.escalation),
          ...(sheet.escalation.length === 0 ? [small(S.cheatSheet.noRoles)] : wordTable(escalation, { brand, width: WIDTH })),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
