import { makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { campaignTemplates } from '../../../../shared/comms/templates';
import { randomId } from '../../../../shared/ids';
import type { Plan } from '../../../../shared/plan/schema';
import { ConfirmReplaceDialog } from '../../../components/ConfirmReplaceDialog';
import { SectionCard } from '../../../components/SectionCard';
import { useAppStore } from '../../../state/store';
import { addTemplateChanges, deleteTemplateChanges, newCustomTemplate, restoreChanges, sendsOfTemplate } from '../campaignOps';
import { commsStrings } from '../strings';
import { EmailPreview } from './EmailPreview';
import { PlaceholderPanel } from './PlaceholderPanel';
import { TemplateEditor, type TemplateEditorHandle } from './TemplateEditor';
import { TemplateList } from './TemplateList';

const s = commsStrings.emails;

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL },
  layout: {
    display: 'grid',
    gridTemplateColumns: '200px minmax(0, 1fr) 260px',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
    '@media (max-width: 1240px)': { gridTemplateColumns: '190px minmax(0, 1fr)' },
    '@media (max-width: 760px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  placeholders: {
    '@media (max-width: 1240px)': { gridColumn: '1 / -1' },
  },
});

type Pending = { kind: 'restore' | 'delete'; id: string; name: string; sends: number } | null;

/** The campaign's emails: pick one, edit its wording and schedule, and see it as readers will. */
export function EmailsTab({ plan }: { plan: Plan }) {
  const styles = useStyles();
  const applyChanges = useAppStore((st) => st.applyChanges);
  const showNotice = useAppStore((st) => st.showNotice);
  const templates = campaignTemplates(plan);
  const [selectedId, setSelectedId] = useState(templates[0]?.template.id ?? '');
  const [pending, setPending] = useState<Pending>(null);
  const editor = useRef<TemplateEditorHandle>(null);
  const entry = templates.find((t) => t.template.id === selectedId) ?? templates[0];
  if (!entry) return null;
  const template = entry.template;
  const templateIndex = plan.communications.templates.findIndex((t) => t.id === template.id);

  const addNew = async () => {
    const created = newCustomTemplate(randomId('template'), s.newName, s.skeleton('{{organization}}'));
    if (await applyChanges(addTemplateChanges(plan, created))) setSelectedId(created.id);
  };

  const confirm = async () => {
    if (!pending) return;
    const current = useAppStore.getState().plan ?? plan;
    const changes = pending.kind === 'restore' ? restoreChanges(current, pending.id) : deleteTemplateChanges(current, pending.id);
    setPending(null);
    const done = await applyChanges(changes);
    if (done && pending.kind === 'restore') showNotice('success', s.restored(pending.name));
  };

  return (
    <>
      <div className={styles.layout}>
        <TemplateList templates={templates} selected={template.id} onSelect={setSelectedId} onNew={() => void addNew()} />
        <SectionCard id="comms-editor" title={s.editorHeading(template.name)} className={styles.card}>
          <TemplateEditor
            key={template.id}
            entry={entry}
            handle={editor}
            onRestore={() => setPending({ kind: 'restore', id: template.id, name: template.name, sends: 0 })}
            onDelete={() => setPending({ kind: 'delete', id: template.id, name: template.name, sends: sendsOfTemplate(plan, template.id).length })}
          />
        </SectionCard>
        <div className={styles.placeholders}>
          <PlaceholderPanel onInsert={(name) => editor.current?.insert(`{{${name}}}`)} />
        </div>
      </div>
      <SectionCard id="comms-preview" title={commsStrings.preview.heading}>
        <EmailPreview key={template.id} plan={plan} template={template} templateIndex={templateIndex} />
      </SectionCard>
      <ConfirmReplaceDialog
        open={pending !== null}
        title={pending ? (pending.kind === 'restore' ? s.restoreTitle(pending.name) : s.deleteTitle(pending.name)) : ''}
        lines={pending ? [pending.kind === 'restore' ? s.restoreBody : s.deleteBody(pending.sends)] : []}
        action={pending?.kind === 'delete' ? s.deleteAction : s.restoreAction}
        onReplace={() => void confirm()}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
