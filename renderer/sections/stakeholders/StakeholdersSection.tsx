import { Button, makeStyles, Text, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { appStrings } from '../../app/strings';
import { FindingList } from '../../components/FindingList';
import { SectionPage } from '../../components/SectionPage';
import { findingsOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { FormCard } from '../overview/FormCard';
import { CsvActions } from './CsvActions';
import { PeopleTable } from './PeopleTable';
import { RaciTable } from './RaciTable';
import { SignOffSummary } from './SignOffSummary';
import { StakeholderDrawer } from './StakeholderDrawer';
import { stakeholderStrings as s } from './strings';
import { useStakeholderList } from './useStakeholderList';
import { GeneralFindings } from '../../components/GeneralFindings';

/** Findings about the list as a whole that have a natural home in one of the cards. */
const RACI_CODES = ['SSPR-STAKEHOLDERS-002'];
const SIGN_OFF_CODES = ['SSPR-STAKEHOLDERS-004'];

const useStyles = makeStyles({
  toolbar: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  spacer: { flex: 1 },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  empty: { color: tokens.colorNeutralForeground2 },
});

/** The people behind the rollout: who they are, their RACI per workstream and their sign-off. */
export function StakeholdersSection() {
  const styles = useStyles();
  const findings = useAppStore(useShallow((st) => findingsOf(st.findings, 'stakeholders')));
  const { list, add, remove, move, setSignOff, replaceAll } = useStakeholderList();
  const [editingId, setEditingId] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Fluent gives the focus back only to DialogTrigger; the drawer opens from state, so mark the opener.
  const returnFocusHere = useRestoreFocusTarget();

  const shown = list.length > 0;
  const inCard = (codes: string[]) => (shown ? findings.filter((f) => codes.includes(f.code)) : []);
  const raciFindings = inCard(RACI_CODES);
  const signOffFindings = inCard(SIGN_OFF_CODES);
  const general = findings.filter((f) => !raciFindings.includes(f) && !signOffFindings.includes(f));

  const onRemove = (index: number) => {
    void remove(index);
    // The row and its buttons are gone; keep the keyboard in the section.
    addButton.current?.focus();
  };

  return (
    <SectionPage title={appStrings.sectionTitles.stakeholders} intro={s.intro} section="stakeholders">
      <GeneralFindings findings={general} heading={s.generalFindingsHeading} label={s.generalFindingsLabel} />
      <div className={styles.toolbar} role="group" aria-label={s.toolbarLabel} data-field="stakeholders">
        <Button ref={addButton} {...returnFocusHere} appearance="primary" icon={<PersonAddRegular />} onClick={() => setEditingId(add())}>
          {s.add}
        </Button>
        <CsvActions list={list} onReplace={replaceAll} />
        <span className={styles.spacer} />
        {shown && <SignOffSummary list={list} />}
      </div>
      {!shown ? (
        <Text className={styles.empty}>{s.empty}</Text>
      ) : (
        <>
          <FormCard title={s.people.title} description={s.people.description} fieldsClassName={styles.card}>
            <FindingList findings={signOffFindings} label={s.people.findingsLabel} />
            <PeopleTable list={list} onEdit={setEditingId} onMove={(i, by) => void move(i, by)} onRemove={onRemove} onSignOff={(i, v) => void setSignOff(i, v)} />
          </FormCard>
          <FormCard title={s.raci.title} description={s.raci.description} fieldsClassName={styles.card}>
            <FindingList findings={raciFindings} label={s.raci.findingsLabel} />
            <RaciTable list={list} />
          </FormCard>
        </>
      )}
      <StakeholderDrawer list={list} editingId={editingId} onClose={() => setEditingId(null)} />
    </SectionPage>
  );
}
