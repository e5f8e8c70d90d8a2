import { describe, expect, it } from 'vitest';
import { byteAmount, byteSize, memberProblems } from '../../renderer/sections/licensing/tenantFiles';
import { groupFromFileName, type MemberFile } from '../../renderer/state/tenantChoice';

const member = (key: string, group: string): MemberFile => ({ key, group, file: {} as File });

describe('tenant import view helpers', () => {
  it('names a member file\u2019s group after the file, without the extension', () => {
    expect(groupFromFileName('SSPR-Wave-1.csv')).toBe('SSPR-Wave-1');
    expect(groupFromFileName('Finance.CSV')).toBe('Finance');
    expect(groupFromFileName('members of HR.txt')).toBe('members of HR');
    expect(groupFromFileName('Sales.csv.bak')).toBe('Sales.csv.bak');
  });

  it('flags an unnamed group and every file of a group named twice (ignoring case and spaces)', () => {
    const problems = memberProblems([member('a', 'Sales'), member('b', ' sales '), member('c', ''), member('d', 'HR')]);
    expect([...problems.keys()]).toEqual(['a', 'b', 'c']);
    expect(problems.get('a')).toBe('Sales is named for more than one file; each group needs exactly one.');
    expect(problems.get('c')).toBe('Name the group this file lists.');
    expect(memberProblems([member('a', 'Sales'), member('b', 'HR')]).size).toBe(0);
  });

  it('puts progress in the unit of the whole: KB for small exports, MB with one decimal for large ones', () => {
    expect(byteAmount(0, 3000)).toBe('0 / 3 KB');
    expect(byteAmount(1500, 3000)).toBe('2 / 3 KB');
    expect(byteAmount(0, 0)).toBe('0 / 1 KB');
    expect(byteAmount(4 * 1024 * 1024, 16 * 1024 * 1024)).toBe('4.0 / 16.0 MB');
    expect(byteAmount(512 * 1024, 1.5 * 1024 * 1024)).toBe('0.5 / 1.5 MB');
    expect(byteSize(200)).toBe('1 KB');
    expect(byteSize(21.6 * 1024 * 1024)).toBe('21.6 MB');
  });
});
