import { describe, expect, it } from 'vitest';
import { emptyRaci } from '../../shared/plan/defaults';
import { createDemoPlan } from '../../shared/plan/demo';
import type { Stakeholder } from '../../shared/plan/schema';
import { STAKEHOLDER_CSV_COLUMNS, stakeholdersFromCsv, stakeholdersToCsv } from '../../shared/plan/stakeholdersCsv';

const HEADER = STAKEHOLDER_CSV_COLUMNS.join(',');
const withoutIds = (list: readonly Stakeholder[]) => list.map(({ id: _id, ...rest }) => rest);

function person(overrides: Partial<Stakeholder> = {}): Stakeholder {
  return {
    id: 'stk-test',
    name: 'Ada Lovelace',
    title: 'Analyst',
    email: 'ada@contoso.com',
    role: 'Test lead',
    contributes: '',
    accountableFor: '',
    raci: emptyRaci(),
    signOff: 'pending',
    signOffDate: null,
    ...overrides,
  };
}

/** A file whose one data row is a good row with one cell replaced. */
function fileWith(column: (typeof STAKEHOLDER_CSV_COLUMNS)[number], value: string): string {
  const good = stakeholdersToCsv([person()]).split('\r\n')[1].split(',');
  good[STAKEHOLDER_CSV_COLUMNS.indexOf(column)] = value;
  return `${HEADER}\r\n${good.join(',')}\r\n`;
}

function refusal(text: string): string {
  const result = stakeholdersFromCsv(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('stakeholders CSV', () => {
  it('writes the documented header and reads the demo stakeholders back unchanged', () => {
    const demo = createDemoPlan().stakeholders;
    const csv = stakeholdersToCsv(demo);
    expect(csv.split('\r\n')[0]).toBe(
      'name,title,email,role,contributes,accountableFor,licensing,configuration,communications,testing,support,reporting,signOff,signOffDate',
    );
    const result = stakeholdersFromCsv(csv);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(withoutIds(result.stakeholders)).toEqual(withoutIds(demo));
    expect(new Set(result.stakeholders.map((s) => s.id)).size).toBe(demo.length);
    for (const s of result.stakeholders) expect(s.id).toMatch(/^stk-[a-z0-9]{8}$/);
  });

  it('keeps commas, quotes and line breaks inside values', () => {
    const tricky = person({ contributes: 'Budget, "priority"\nand sign-off', accountableFor: 'Line one\r\nLine two' });
    const result = stakeholdersFromCsv(stakeholdersToCsv([tricky]));
    expect(result.ok && withoutIds(result.stakeholders)).toEqual(withoutIds([{ ...tricky, accountableFor: 'Line one\r\nLine two' }]));
  });

  it('escapes formula-looking cells on export and removes the escape on import', () => {
    const risky = person({ name: '=HYPERLINK("http://x","y")', title: '+1 555', role: '-owner', contributes: '@SUM(A1)' });
    const csv = stakeholdersToCsv([risky]);
    const row = csv.split('\r\n')[1];
    expect(row.startsWith(`"'=HYPERLINK(""http://x"",""y"")",'+1 555,`)).toBe(true);
    expect(row).toContain(",'-owner,'@SUM(A1),");
    const result = stakeholdersFromCsv(csv);
    expect(result.ok && withoutIds(result.stakeholders)).toEqual(withoutIds([risky]));
    // An apostrophe before ordinary text is the user's own and stays.
    const own = stakeholdersFromCsv(`name,title\r\nAda,'quoted'\r\n`);
    expect(own.ok && own.stakeholders[0].title).toBe("'quoted'");
  });

  it('matches headers in any case and order, fills missing columns with defaults, and skips blank lines', () => {
    const result = stakeholdersFromCsv('\uFEFFEMAIL,Name,Licensing,SIGNOFF\n\nada@contoso.com,Ada Lovelace,a,Signed\n\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.stakeholders).toHaveLength(1);
    expect(result.stakeholders[0]).toMatchObject({
      name: 'Ada Lovelace',
      email: 'ada@contoso.com',
      raci: { ...emptyRaci(), licensing: 'A' },
      signOff: 'signed',
      signOffDate: null,
      title: '',
    });
  });

  it('reads semicolon-separated files as spreadsheets in some locales write them', () => {
    const result = stakeholdersFromCsv('name;email;testing\r\nAda;ada@contoso.com;R\r\n');
    expect(result.ok && result.stakeholders[0]).toMatchObject({ name: 'Ada', email: 'ada@contoso.com', raci: { testing: 'R' } });
  });

  it('refuses a bad email with its line and column', () => {
    expect(refusal(fileWith('email', 'ada.contoso.com'))).toBe(
      'Line 2, column 3 (email): "ada.contoso.com" is not an email address such as name@contoso.com.',
    );
  });

  it('refuses a RACI value other than R, A, C, I or empty', () => {
    expect(refusal(fileWith('support', 'X'))).toBe('Line 2, column 11 (support): "X" is not R, A, C, I or empty.');
  });

  it('refuses an unknown sign-off state', () => {
    expect(refusal(fileWith('signOff', 'maybe'))).toBe(
      'Line 2, column 13 (signOff): "maybe" is not a sign-off state; write pending, signed or declined.',
    );
  });

  it('refuses dates not written YYYY-MM-DD and dates that do not exist', () => {
    expect(refusal(fileWith('signOffDate', '1/11/2027'))).toBe(
      'Line 2, column 14 (signOffDate): "1/11/2027" is not a date written YYYY-MM-DD, such as 2027-01-31.',
    );
    expect(refusal(fileWith('signOffDate', '2027-02-30'))).toMatch(/^Line 2, column 14 \(signOffDate\): "2027-02-30" is not a date/);
  });

  it('refuses a broken quote, naming the line and column where it starts', () => {
    const csv = `${HEADER}\r\nAda,Analyst,ada@contoso.com,Lead,"Budget, priority,x,,,,,,,pending,\r\nBob,,,,,,,,,,,,pending,\r\n`;
    expect(refusal(csv)).toBe(
      'Line 2, column 5 (contributes): a quoted value is not closed, or has a stray quote inside. Write a quote inside a quoted value as two quotes ("").',
    );
    const stray = `name,title\r\nAda,Analyst\r\nBob,"Lead"er\r\n`;
    expect(refusal(stray)).toMatch(/^Line 3, column 2 \(title\): a quoted value is not closed/);
  });

  it('counts lines inside quoted multi-line values when naming a later line', () => {
    const csv = `name,email\r\n"Ada\r\nLovelace",ada@contoso.com\r\nBob,bob@\r\n`;
    expect(refusal(csv)).toBe('Line 4, column 2 (email): "bob@" is not an email address such as name@contoso.com.');
  });

  it('refuses unknown, repeated or missing header columns', () => {
    expect(refusal('name,emial\r\nAda,ada@contoso.com\r\n')).toMatch(/^Line 1, column 2 \(emial\): "emial" is not a stakeholder column\. The columns are name, title,/);
    expect(refusal('name,Name\r\nAda,Ada\r\n')).toBe('Line 1, column 2 (name): the column name appears twice.');
    expect(refusal('title,email\r\nLead,ada@contoso.com\r\n')).toMatch(/^Line 1: the header has no name column/);
  });

  it('refuses rows with too many or too few values', () => {
    expect(refusal('name,title\r\nAda,Lead,extra\r\n')).toBe('Line 2, column 3 (extra): the row has 3 values but the header names 2 columns.');
    expect(refusal('name,title,email\r\nAda,Lead\r\n')).toBe('Line 2, column 3 (email): the row ends after 2 values but the header names 3 columns.');
  });

  it('refuses an empty file, a file without rows, and values longer than a plan holds', () => {
    expect(refusal('')).toMatch(/^Line 1: the file is empty/);
    expect(refusal(`${HEADER}\r\n`)).toBe('Line 2: the file names the columns but lists no stakeholders.');
    expect(refusal(`name,title\r\nAda,${'x'.repeat(501)}\r\n`)).toBe('Line 2, column 2 (title): the value is longer than 500 characters.');
  });
});
