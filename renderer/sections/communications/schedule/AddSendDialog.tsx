import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { offsetWords } from '../../../../shared/comms/schedule';
import { campaignTemplates } from '../../../../shared/comms/templates';
import { randomId } from '../../../../shared/ids';
import type { Plan } from '../../../../shared/plan/schema';
import { useAppStore } from '../../../state/store';
import { newSend, parseOffsets } from '../campaignOps';
import { commsStrings } from '../strings';

const s = commsStrings.schedule;

const useStyles = makeStyles({ body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** Adds one send of an email to a phase, a number of days from the phase's launch. */
export function AddSendDialog({ plan, open, onClose }: { plan: Plan; open: boolean; onClose(): void }) {
  const styles = useStyles();
  const applyChanges = useAppStore((st) => st.applyChanges);
  const templates = campaignTemplates(plan).map((c) => c.template);
  const phases = plan.rollout.phases;
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const [phaseId, setPhaseId] = useState(phases[0]?.id ?? '');
  const [offset, setOffset] = useState('0');
  const parsed = parseOffsets(offset);
  const days = parsed?.length === 1 ? parsed[0] : null;
  const template = templates.find((t) => t.id === templateId);
  const phase = phases.find((p) => p.id === phaseId);

  const add = async () => {
    if (!template || !phase || days === null) return;
    const current = useAppStore.getState().plan ?? plan;
    const send = newSend(randomId('email'), template, phase, days);
    if (await applyChanges([{ path: 'communications.emails', value: [...current.communications.emails, send] }])) onClose();
  };

  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{s.addSendHeading}</DialogTitle>
          <DialogContent className={styles.body}>
            <Field label={s.addTemplate}>
              <Select value={templateId} onChange={(_, d) => setTemplateId(d.value)}>
                {templates.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={s.addPhase}>
              <Select value={phaseId} onChange={(_, d) => setPhaseId(d.value)}>
                {phases.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label={s.addOffset}
              validationState={days === null ? 'error' : 'none'}
              validationMessage={days === null ? s.addOffsetInvalid : s.addOffsetHint(offsetWords(days))}
            >
              <Input value={offset} inputMode="numeric" onChange={(_, d) => setOffset(d.value)} />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!template || !phase || days === null} onClick={() => void add()}>
              {s.addButton}
            </Button>
            <Button onClick={onClose}>{s.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
