import { Badge, Button, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import { CallRegular, ChatRegular, MailRegular, PhoneRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { MethodId } from '../../../../shared/plan/methods';
import type { TryItUser } from '../../../../shared/simulator/tryIt';
import { simulatorStrings } from '../strings';
import type { Responses } from './responses';
import type { Challenge } from './usePortal';

const s = simulatorStrings.tryIt;

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, minWidth: 0 },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  empty: { color: tokens.colorNeutralForeground3 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: 'none' },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground3,
    minWidth: 0,
  },
  icon: { flexShrink: 0, color: tokens.colorBrandForeground1, marginTop: '2px' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  from: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, letterSpacing: '0.12em' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginTop: tokens.spacingVerticalXS },
});

function Item({ icon, from, children }: { icon: ReactNode; from: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <span className={styles.icon}>{icon}</span>
      <div className={styles.body}>
        <span className={styles.from}>{from}</span>
        {children}
      </div>
    </li>
  );
}

/** Yes or no on the phone: a push notification or an office-phone call. */
function Choice({ method, yes, no, responses, onAnswer }: { method: MethodId; yes: string; no: string; responses: Responses; onAnswer(method: MethodId, yes: boolean): void }) {
  const styles = useStyles();
  const answer = responses.answers[method];
  if (answer !== undefined) return <Text weight="semibold">{answer ? s.approved : s.denied}</Text>;
  return (
    <div className={styles.actions}>
      <Button size="small" appearance="primary" onClick={() => onAnswer(method, true)}>
        {yes}
      </Button>
      <Button size="small" onClick={() => onAnswer(method, false)}>
        {no}
      </Button>
    </div>
  );
}

/**
 * Stand-ins for the user's mailbox and phone: what the portal would send for each chosen method.
 * The codes are made in this window and go nowhere else.
 */
export function DevicesPanel({
  user,
  challenge,
  responses,
  onAnswer,
}: {
  user: TryItUser;
  challenge: Challenge | null;
  responses: Responses;
  onAnswer(method: MethodId, yes: boolean): void;
}) {
  const styles = useStyles();
  // A registration export names the methods but not always the numbers and addresses.
  const contact = (m: MethodId) => user.contacts[m] ?? (m === 'email' ? s.unknownAddress : s.unknownPhone);
  const items = (challenge?.methods ?? []).flatMap((m) => {
    const code = challenge?.codes[m] ?? '';
    switch (m) {
      case 'email':
        return [
          <Item key={m} icon={<MailRegular fontSize={20} />} from={s.inboxTo(contact(m))}>
            <Text weight="semibold">{s.inboxSubject}</Text>
            <Text>{s.inboxBody}</Text>
            <span className={styles.code}>{code}</span>
          </Item>,
        ];
      case 'mobilePhone':
        return [
          <Item key={m} icon={<ChatRegular fontSize={20} />} from={s.smsTo(contact(m))}>
            <Text>{s.smsBody}</Text>
            <span className={styles.code}>{code}</span>
          </Item>,
        ];
      case 'officePhone':
        return [
          <Item key={m} icon={<CallRegular fontSize={20} />} from={s.callTo(contact(m))}>
            <Text>{s.callBody}</Text>
            <Choice method={m} yes={s.answerCall} no={s.declineCall} responses={responses} onAnswer={onAnswer} />
          </Item>,
        ];
      case 'appCode':
        return [
          <Item key={m} icon={<PhoneRegular fontSize={20} />} from={s.appTitle}>
            <Text>{s.appCode(code)}</Text>
            <span className={styles.code}>{code}</span>
          </Item>,
        ];
      case 'appNotification':
        return [
          <Item key={m} icon={<PhoneRegular fontSize={20} />} from={s.appTitle}>
            <Text>{s.appPrompt}</Text>
            <Choice method={m} yes={s.approve} no={s.deny} responses={responses} onAnswer={onAnswer} />
          </Item>,
        ];
      default:
        return [];
    }
  });
  return (
    <Card className={styles.panel} role="region" aria-label={s.devicesLabel}>
      <div className={styles.head}>
        <Text as="h4" size={400} weight="semibold">
          {s.devicesTitle}
        </Text>
        <Badge appearance="tint" color="informative" shape="rounded">
          {s.notSent}
        </Badge>
      </div>
      {items.length === 0 ? <Text className={styles.empty}>{s.devicesEmpty}</Text> : <ul className={styles.list}>{items}</ul>}
    </Card>
  );
}
