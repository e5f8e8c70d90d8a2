import type { ApiOutputs, ApiParsedInput } from '../shared/api';
import type { ApiMethod } from '../shared/api-methods';
import { composeEmail, sendsByDate, type ComposedEmail } from '../shared/comms/compose';
import { templateIdOf, templateOfSend } from '../shared/comms/templates';
import { ApiError } from '../shared/errors';
import type { CampaignEmail, Plan } from '../shared/plan/schema';
import type { OutFile } from './export/email-files';
import { ZIP_TYPE } from './export/file-types';
import { exportCode } from './export/lazy';

type ExportMethod = Extract<ApiMethod, `comms.export${string}`>;
type ExportHandlers = { [M in ExportMethod]: (input: ApiParsedInput<M>) => ApiOutputs[M] | Promise<ApiOutputs[M]> };

export interface CommsView {
  plan: Plan;
  /** The plan file's name without folder or extension, for export file names. */
  baseName: string;
}

function composeSend(plan: Plan, send: CampaignEmail): ComposedEmail {
  const template = templateOfSend(plan, send);
  if (!template) {
    throw new ApiError(
      'KEY_UNKNOWN',
      `The email "${send.name}" (${send.id}) uses the template "${templateIdOf(send)}", which the plan does not have; choose a template for it in Communications, then export again.`,
    );
  }
  return composeEmail(plan, template, plan.rollout.phases.find((p) => p.id === send.phaseId) ?? null, send);
}

/** Every send in send-date order (undated last); a send without its template refuses the export rather than going missing from it. */
function composeAll(plan: Plan): ComposedEmail[] {
  return sendsByDate(plan).map((s) => composeSend(plan, s));
}

const toExported = (file: OutFile) => ({ fileName: file.name, type: file.type, dataBase64: file.data.toString('base64') });

/** Exports of the campaign emails and the landing page; `view` throws NO_PLAN_OPEN when no plan is open. */
export function commsExportHandlers(view: () => CommsView): ExportHandlers {
  return {
    'comms.exportEmail': async ({ sendId, format }) => {
      const { plan } = view();
      const send = plan.communications.emails.find((e) => e.id === sendId);
      if (!send) throw new ApiError('KEY_UNKNOWN', `The plan has no campaign email with the id "${sendId}".`);
      const { emailFile } = await exportCode.files();
      return toExported(await emailFile(composeSend(plan, send), format));
    },
    'comms.exportAll': async ({ formats }) => {
      const { plan, baseName } = view();
      const { campaignFiles, zipOf } = await exportCode.files();
      const files = await campaignFiles(composeAll(plan), formats);
      return { ...toExported({ name: `${baseName} emails.zip`, type: ZIP_TYPE, data: await zipOf(files) }), files: files.length };
    },
    'comms.exportLanding': async () => {
      const { plan, baseName } = view();
      const { landingFiles, zipOf } = await exportCode.files();
      const files = landingFiles(plan);
      return { ...toExported({ name: `${baseName} landing page.zip`, type: ZIP_TYPE, data: await zipOf(files) }), files: files.length };
    },
    'comms.exportEmailsTo': async ({ out, formats }) => {
      const { plan } = view();
      const { campaignFiles, writeFilesTo } = await exportCode.files();
      return { files: writeFilesTo(out, await campaignFiles(composeAll(plan), formats)) };
    },
    'comms.exportLandingTo': async ({ out }) => {
      const { plan } = view();
      const { landingFiles, writeFilesTo } = await exportCode.files();
      return { files: writeFilesTo(out, landingFiles(plan)) };
    },
  };
}
