import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { DocumentArrowDownRegular, DocumentTableRegular } from '@fluentui/react-icons';
import { DocumentExportButton } from '../../../app/DocumentExportButton';
import { rolloutStrings } from '../strings';

const s = rolloutStrings.readiness.exports;

const useStyles = makeStyles({
  group: { display: 'contents' },
  hint: { flex: '1 1 320px', minWidth: 0, color: tokens.colorNeutralForeground3 },
});

/** Where the go / no-go is decided, the plan leaves for the board: the Word document and its tables as CSV. */
export function PlanExports() {
  const styles = useStyles();
  return (
    <div role="group" aria-label={s.label} className={styles.group}>
      <DocumentExportButton kind="plan" label={s.planDocx} icon={<DocumentArrowDownRegular />} appearance="primary" />
      <DocumentExportButton kind="tables" label={s.tablesCsv} icon={<DocumentTableRegular />} />
      <Text size={200} className={styles.hint}>
        {s.hint}
      </Text>
    </div>
  );
}
