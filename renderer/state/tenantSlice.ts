import type { StateCreator } from 'zustand';
import type { ApiInput, TenantOverview, WaveRegistrationView } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import type { LicenseReport } from '../../shared/tenant/coverage';
import type { TenantImportSummary } from '../../shared/tenant/importSummary';
import { call, errorMessage } from './apiClient';
import type { AppStore } from './store';
import { clientStrings } from './strings';
import { EMPTY_CHOICE, groupFromFileName, type SingleSlot, type TenantChoice } from './tenantChoice';
import { discardUploads, uploadFile } from './tenantUpload';

/** The Licensing section's views; kept here so a link elsewhere can open one and an import survives a switch. */
export type LicensingTab = 'licenses' | 'tenant' | 'coverage';

/** How far a running import is: first the files go to main, then main reads them. */
export interface ImportRun {
  stage: 'uploading' | 'reading';
  file: string;
  done: number;
  total: number;
}

/** At most this many users not covered come to the window; the CSV export has them all. */
export const UNCOVERED_SHOWN = 200;

export interface TenantSliceState {
  licensingTab: LicensingTab;
  tenantChoice: TenantChoice;
  importRun: ImportRun | null;
  importError: string | null;
  /** The summary of the import just finished in this window, for the "done" message. */
  importDone: TenantImportSummary | null;
  overview: TenantOverview | null;
  overviewError: string | null;
  licenseReport: LicenseReport | null;
  registration: WaveRegistrationView[] | null;
  reportsError: string | null;
}

export interface TenantSlice extends TenantSliceState {
  setLicensingTab(tab: LicensingTab): void;
  /** Opens the Licensing section on one of its views, from anywhere. */
  openLicensingTab(tab: LicensingTab): void;
  chooseFile(slot: SingleSlot, file: File | null): void;
  addMemberFiles(files: readonly File[]): void;
  renameMemberFile(key: string, group: string): void;
  removeMemberFile(key: string): void;
  clearTenantChoice(): void;
  dismissImportMessage(): void;
  loadTenantOverview(): Promise<void>;
  /** Uploads the chosen files and imports them; resolves true when the plan now holds them. */
  importTenant(): Promise<boolean>;
  /** Fetches the coverage report and registration per wave for the plan as saved. */
  refreshTenantReports(): Promise<void>;
}

export const initialTenantState = (): TenantSliceState => ({
  licensingTab: 'licenses',
  tenantChoice: EMPTY_CHOICE,
  importRun: null,
  importError: null,
  importDone: null,
  overview: null,
  overviewError: null,
  licenseReport: null,
  registration: null,
  reportsError: null,
});

const POLL_MS = 150;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const createTenantSlice: StateCreator<AppStore, [], [], TenantSlice> = (set, get) => {
  let memberKey = 0;
  // Answers to an older refresh must not overwrite a newer one.
  let reportRequest = 0;

  const choice = (next: Partial<TenantChoice>) => set((st) => ({ tenantChoice: { ...st.tenantChoice, ...next } }));

  /** Reading the file in the window fails when it was moved or changed after it was chosen. */
  const upload = async (file: File, onBytes: (n: number) => void): Promise<string> => {
    try {
      return await uploadFile(file, onBytes);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw new ApiError('FILE_UNREADABLE', clientStrings.fileUnreadable(file.name));
    }
  };

  return {
    ...initialTenantState(),

    setLicensingTab: (tab) => set({ licensingTab: tab }),
    openLicensingTab: (tab) => {
      set({ licensingTab: tab });
      get().navigate('licensing');
    },

    chooseFile: (slot, file) => choice({ single: { ...get().tenantChoice.single, [slot]: file } }),
    addMemberFiles: (files) =>
      choice({
        members: [...get().tenantChoice.members, ...files.map((file) => ({ key: `m${++memberKey}`, file, group: groupFromFileName(file.name) }))],
      }),
    renameMemberFile: (key, group) => choice({ members: get().tenantChoice.members.map((m) => (m.key === key ? { ...m, group } : m)) }),
    removeMemberFile: (key) => choice({ members: get().tenantChoice.members.filter((m) => m.key !== key) }),
    clearTenantChoice: () => set({ tenantChoice: EMPTY_CHOICE }),
    dismissImportMessage: () => set({ importError: null, importDone: null }),

    loadTenantOverview: async () => {
      try {
        set({ overview: await call('tenant.summary', {}), overviewError: null });
      } catch (error) {
        set({ overviewError: errorMessage(error) });
      }
    },

    importTenant: async () => {
      const { single, members } = get().tenantChoice;
      const users = single.users;
      if (!users || get().importRun) return false;
      const files = [users, ...members.map((m) => m.file), single.licenses, single.roles, single.registration].filter((f): f is File => f !== null);
      const total = files.reduce((sum, f) => sum + f.size, 0);
      let done = 0;
      set({ importError: null, importDone: null, importRun: { stage: 'uploading', file: users.name, done: 0, total } });
      const send = (file: File) =>
        upload(file, (n) => {
          done += n;
          set({ importRun: { stage: 'uploading', file: file.name, done, total } });
        });

      let reading = false;
      // Files sent before a later one fails; the import deletes them itself once it has run.
      const sent: string[] = [];
      const sendKept = async (file: File) => {
        const id = await send(file);
        sent.push(id);
        return id;
      };
      try {
        const groupMembers: { group: string; upload: string }[] = [];
        const input: ApiInput<'tenant.importUploads'> = { users: await sendKept(users), groupMembers };
        for (const m of members) groupMembers.push({ group: m.group.trim(), upload: await sendKept(m.file) });
        for (const slot of ['licenses', 'roles', 'registration'] as const) {
          const file = single[slot];
          if (file) input[slot] = await sendKept(file);
        }
        sent.length = 0;

        set({ importRun: { stage: 'reading', file: users.name, done: 0, total } });
        reading = true;
        const poll = async () => {
          while (reading) {
            await sleep(POLL_MS);
            const progress = await call('tenant.importProgress', {}).catch(() => null);
            if (reading && progress) {
              set({ importRun: { stage: 'reading', file: progress.file, done: progress.bytesDone, total: progress.bytesTotal } });
            }
          }
        };
        void poll();
        const result = await call('tenant.importUploads', input);
        reading = false;
        get().setPlanState(result.state);
        set({
          importRun: null,
          importDone: result.summary,
          overview: { counts: result.summary.counts, lastImport: result.summary },
          overviewError: null,
          tenantChoice: EMPTY_CHOICE,
        });
        return true;
      } catch (error) {
        reading = false;
        await discardUploads(sent);
        set({ importRun: null, importError: errorMessage(error) });
        return false;
      }
    },

    refreshTenantReports: async () => {
      const request = ++reportRequest;
      try {
        const [licenseReport, registration] = await Promise.all([
          call('tenant.licenses', { limit: UNCOVERED_SHOWN }),
          call('tenant.registration', {}),
        ]);
        if (request === reportRequest) set({ licenseReport, registration, reportsError: null });
      } catch (error) {
        if (request === reportRequest) set({ reportsError: errorMessage(error) });
      }
    },
  };
};
