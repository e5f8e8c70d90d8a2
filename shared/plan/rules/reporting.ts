import type { BackupRow } from '../schema';
import { hit, type Rule } from './types';

const BACKUP_LABELS: Record<BackupRow['kind'], string> = {
  auditing: 'Auditing backup',
  reporting: 'Reporting backup',
  disasterRecovery: 'Disaster-recovery backup',
};

export const reportingRules: Rule[] = [
  {
    code: 'SSPR-AUDIT-001',
    severity: 'error',
    section: 'reporting',
    summary: 'A backup is downloaded less often than the audit log is kept.',
    check: ({ plan }) => {
      const retention = plan.reporting.auditRetentionDays;
      return plan.reporting.backups.flatMap((row, i) =>
        hit(row.frequencyDays !== null && row.frequencyDays > retention, {
          field: `reporting.backups.${i}.frequencyDays`,
          message: `${BACKUP_LABELS[row.kind]} runs every ${row.frequencyDays} days but Entra keeps audit events for ${retention}; events in between are lost.`,
          fix: {
            label: `Download every ${Math.max(1, retention - 1)} days`,
            changes: [{ path: `reporting.backups.${i}.frequencyDays`, value: Math.max(1, retention - 1) }],
          },
        }),
      );
    },
  },
  {
    code: 'SSPR-AUDIT-002',
    severity: 'warning',
    section: 'reporting',
    summary: 'A backup row is incomplete.',
    check: ({ plan }) =>
      plan.reporting.backups.flatMap((row, i) => {
        const missing = [
          row.frequencyDays === null || row.frequencyDays === 0 ? 'frequency' : '',
          row.targetSystem.trim() === '' ? 'target system' : '',
          row.responsible.trim() === '' ? 'responsible party' : '',
        ].filter(Boolean);
        return hit(missing.length > 0, {
          field: `reporting.backups.${i}`,
          message: `${BACKUP_LABELS[row.kind]} has no ${missing.join(', ')}.`,
        });
      }),
  },
  {
    code: 'SSPR-AUDIT-003',
    severity: 'warning',
    section: 'reporting',
    summary: 'One of the three backup rows is missing.',
    check: ({ plan }) =>
      (Object.keys(BACKUP_LABELS) as BackupRow['kind'][])
        .filter((kind) => !plan.reporting.backups.some((b) => b.kind === kind))
        .map((kind) => ({
          field: 'reporting.backups',
          message: `The backup schedule has no ${BACKUP_LABELS[kind]} row.`,
          fix: {
            label: `Add a ${BACKUP_LABELS[kind]} row`,
            changes: [
              {
                path: `reporting.backups.${plan.reporting.backups.length}`,
                value: { kind, frequencyDays: null, targetSystem: '', responsible: '' },
              },
            ],
          },
        })),
  },
  {
    code: 'SSPR-AUDIT-004',
    severity: 'warning',
    section: 'reporting',
    summary: 'The audit retention window is longer than Entra ID keeps audit logs.',
    check: ({ plan }) =>
      hit(plan.reporting.auditRetentionDays > 30, {
        field: 'reporting.auditRetentionDays',
        message: `Entra ID keeps audit events for 30 days with P1/P2 (7 on Free), not ${plan.reporting.auditRetentionDays}; plan downloads against the real window.`,
        fix: { label: 'Use 30 days', changes: [{ path: 'reporting.auditRetentionDays', value: 30 }] },
      }),
  },
];
