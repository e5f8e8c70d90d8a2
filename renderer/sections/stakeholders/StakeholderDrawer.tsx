import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  OverlayDrawer,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import type { Stakeholder } from '../../../shared/plan/schema';
import { PlanField } from '../../components/fields/PlanField';
import { PlanTextArea, PlanTextInput, useFieldError, validators } from '../../components/fields/inputs';
import { stakeholderStrings } from './strings';
import { displayName } from './useStakeholderList';

const s = stakeholderStrings.details;

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingBlock: tokens.spacingVerticalS },
});

function DetailsForm({ person, index }: { person: Stakeholder; index: number }) {
  const [emailError, setEmailError] = useFieldError();
  const at = (field: keyof Stakeholder) => `stakeholders.${index}.${field}`;
  return (
    <>
      <PlanField field={at('name')} label={s.name}>
        <PlanTextInput path={at('name')} value={person.name} />
      </PlanField>
      <PlanField field={at('title')} label={s.title_}>
        <PlanTextInput path={at('title')} value={person.title} />
      </PlanField>
      <PlanField field={at('email')} label={s.email} error={emailError}>
        <PlanTextInput path={at('email')} value={person.email} type="email" validate={validators.email} onError={setEmailError} />
      </PlanField>
      <PlanField field={at('role')} label={s.role}>
        <PlanTextInput path={at('role')} value={person.role} placeholder={s.rolePlaceholder} />
      </PlanField>
      <PlanField field={at('contributes')} label={s.contributes} hint={s.contributesHint}>
        <PlanTextArea path={at('contributes')} value={person.contributes} rows={3} />
      </PlanField>
      <PlanField field={at('accountableFor')} label={s.accountableFor} hint={s.accountableForHint}>
        <PlanTextArea path={at('accountableFor')} value={person.accountableFor} rows={3} />
      </PlanField>
    </>
  );
}

/**
 * A side panel with one person's details, each saved when the user leaves the field. Opens with
 * the name focused; Escape or Done closes it.
 */
export function StakeholderDrawer({ list, editingId, onClose }: { list: readonly Stakeholder[]; editingId: string | null; onClose(): void }) {
  const styles = useStyles();
  const bodyRef = useRef<HTMLDivElement>(null);
  const index = list.findIndex((p) => p.id === editingId);
  const person = index >= 0 ? list[index] : null;
  const open = person !== null;

  useEffect(() => {
    if (!open) return;
    const frame = requestAnimationFrame(() => bodyRef.current?.querySelector('input')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [open, editingId]);

  return (
    <OverlayDrawer position="end" size="medium" open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DrawerHeader>
        <DrawerHeaderTitle
          action={<Button appearance="subtle" aria-label={s.closeLabel} icon={<DismissRegular />} onClick={onClose} />}
        >
          {person ? displayName(person, index) : s.title}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        <div ref={bodyRef} className={styles.body}>
          {person && <DetailsForm key={person.id} person={person} index={index} />}
        </div>
      </DrawerBody>
      <DrawerFooter>
        <Button appearance="primary" onClick={onClose}>
          {s.close}
        </Button>
      </DrawerFooter>
    </OverlayDrawer>
  );
}
