import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../shared/plan/defaults';
import { keyToPath, setAtPath } from '../../shared/plan/paths';
import { validatePlan } from '../../shared/plan/rules';
import type { Plan } from '../../shared/plan/schema';
import { EMPTY_TENANT } from '../../shared/plan/tenant';
import { frequencyProblem, frequencyValue, missingKinds, withRow } from '../../renderer/sections/reporting/backups';
import { groupNameProblem, partNumberProblem, renameSku, seatShortfall, skuChoices } from '../../renderer/sections/licensing/skus';
import { qualifyingSeats } from '../../shared/plan/rules/licensing';
import { entraRoleChoices, ENTRA_SUPPORT_ROLES, moveItem, newScenario, nextScenarioId } from '../../renderer/sections/support/lists';

function plan(): Plan {
  return createDefaultPlan('Contoso');
}

describe('licensing: seats', () => {
  it('counts only the SKUs that cover the environment', () => {
    const p = plan();
    p.licensing.skus = p.licensing.skus.map((s) => ({ ...s, seatsOwned: s.skuPartNumber === 'O365_BUSINESS_PREMIUM' ? 50 : s.skuPartNumber === 'SPE_E3' ? 100 : 0 }));
    expect(qualifyingSeats(p)).toBe(150);
    // Business Standard allows no writeback, so hybrid users are not covered by it.
    expect(qualifyingSeats({ ...p, overview: { ...p.overview, environment: 'hybrid' } })).toBe(100);
  });

  it('agrees with SSPR-LICENSE-002 about the seats it compares with the population', () => {
    const p = plan();
    p.overview.environment = 'hybrid';
    p.licensing.skus[0].seatsOwned = 40;
    p.licensing.skus[7].seatsOwned = 500; // Business Standard: cloud only
    p.licensing.inScopePopulation = 90;
    const seats = qualifyingSeats(p);
    expect(seats).toBe(40);
    const finding = validatePlan(p, EMPTY_TENANT).find((f) => f.code === 'SSPR-LICENSE-002');
    expect(finding?.message).toContain(`only ${seats} qualifying seats`);
    expect(seatShortfall(seats, 90)).toBe(50);
    expect(seatShortfall(120, 90)).toBe(0);
  });
});

describe('licensing: SKU part numbers and groups', () => {
  it('refuses an empty or repeated part number, case aside, but lets a row keep its own', () => {
    const { skus } = plan().licensing;
    expect(partNumberProblem('  ', skus)).toMatch(/part number/);
    expect(partNumberProblem('spe_e3', skus)).toBe('spe_e3 is already in the table.');
    expect(partNumberProblem('SPE_E3', skus, 4)).toBeNull();
    expect(partNumberProblem('SPE_F1', skus)).toBeNull();
  });

  it('renames a SKU and the groups that assign it in one edit', () => {
    const { licensing } = plan();
    licensing.licensedGroups = [
      { group: 'LIC-E3', skus: ['spe_e3', 'AAD_PREMIUM'] },
      { group: 'LIC-P1', skus: ['AAD_PREMIUM'] },
    ];
    const changes = renameSku(licensing, 4, ' SPE_E3_NEW ');
    expect(changes).toEqual([
      { path: 'licensing.skus.4.skuPartNumber', value: 'SPE_E3_NEW' },
      {
        path: 'licensing.licensedGroups',
        value: [
          { group: 'LIC-E3', skus: ['SPE_E3_NEW', 'AAD_PREMIUM'] },
          { group: 'LIC-P1', skus: ['AAD_PREMIUM'] },
        ],
      },
    ]);
    expect(renameSku(plan().licensing, 0, 'P1')).toHaveLength(1);
  });

  it('refuses an empty or repeated group name', () => {
    const groups = [{ group: 'LIC-E3', skus: [] }];
    expect(groupNameProblem('', groups)).toMatch(/name/);
    expect(groupNameProblem('lic-e3', groups)).toMatch(/already/);
    expect(groupNameProblem('LIC-E3', groups, 0)).toBeNull();
  });

  it('offers the table\u2019s SKUs plus unknown ones a group already names', () => {
    const { skus } = plan().licensing;
    expect(skuChoices(skus, ['spe_e3', 'OLD_SKU'])).toEqual([...skus.map((s) => s.skuPartNumber), 'OLD_SKU']);
  });
});

describe('support: lists', () => {
  it('moves an item one place and leaves the ends alone', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('gives a new scenario the next free id and only its title', () => {
    const { scenarios } = plan().support;
    expect(nextScenarioId(scenarios)).toBe('SUP-06');
    expect(nextScenarioId([])).toBe('SUP-01');
    expect(nextScenarioId([{ ...scenarios[0], id: 'custom' }, { ...scenarios[0], id: 'SUP-12' }])).toBe('SUP-13');
    expect(newScenario(scenarios, '  Outlook asks for the old password ')).toEqual({
      id: 'SUP-06',
      title: 'Outlook asks for the old password',
      description: '',
      causes: '',
      resolution: '',
      handledBy: '',
    });
  });

  it('offers the usual Entra roles, plus a custom one a row already holds', () => {
    expect(entraRoleChoices('User administrator')).toEqual([...ENTRA_SUPPORT_ROLES]);
    expect(entraRoleChoices('Intune administrator')).toEqual([...ENTRA_SUPPORT_ROLES, 'Intune administrator']);
  });
});

describe('reporting: backups', () => {
  it('finds missing rows and adds one back in the usual order', () => {
    const { backups } = plan().reporting;
    const without = backups.filter((b) => b.kind !== 'reporting');
    expect(missingKinds(backups)).toEqual([]);
    expect(missingKinds(without)).toEqual(['reporting']);
    expect(withRow(without, 'reporting').map((b) => b.kind)).toEqual(['auditing', 'reporting', 'disasterRecovery']);
  });

  it('adds back the same row as the SSPR-AUDIT-003 fix, so either clears the finding', () => {
    const p = plan();
    p.reporting.backups = p.reporting.backups.filter((b) => b.kind !== 'auditing');
    const fix = validatePlan(p, EMPTY_TENANT).find((f) => f.code === 'SSPR-AUDIT-003')?.fix;
    const fixed = (fix?.changes ?? []).reduce((q, c) => setAtPath(q, keyToPath(c.path), c.value), p);
    const byKind = (rows: Plan['reporting']['backups']) => [...rows].sort((a, b) => a.kind.localeCompare(b.kind));
    expect(byKind(withRow(p.reporting.backups, 'auditing'))).toEqual(byKind(fixed.reporting.backups));
    expect(validatePlan({ ...p, reporting: { ...p.reporting, backups: withRow(p.reporting.backups, 'auditing') } }, EMPTY_TENANT).some((f) => f.code === 'SSPR-AUDIT-003')).toBe(false);
  });

  it('accepts an empty interval (undecided) or whole days from 1 to 3650', () => {
    expect(frequencyProblem('')).toBeNull();
    expect(frequencyProblem(' 45 ')).toBeNull();
    for (const bad of ['0', '-3', '1.5', 'weekly', '3651']) expect(frequencyProblem(bad), bad).not.toBeNull();
    expect(frequencyValue('  ')).toBeNull();
    expect(frequencyValue('7')).toBe(7);
  });
});
