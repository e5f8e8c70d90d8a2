import type { SupportScenario } from './schema';

/** The five support scenarios the help desk should be ready for (sspr-domain.md §8), in our own words. */
export const SUPPORT_SCENARIOS: SupportScenario[] = [
  {
    id: 'SUP-01',
    title: 'None of the registered methods is at hand',
    description:
      'The user wants to reset a password but cannot use any method on file: the phone is elsewhere, the app is on an old handset, or the alternate mailbox cannot be opened.',
    causes:
      'Phone left at home, lost, or replaced without moving the authenticator app.\nOnly one method registered, or the registered email is the work mailbox the user is locked out of.\nA number or address on file that is out of date.',
    resolution: [
      '1. Confirm who the caller is with the agreed identity check (call back on the number in the HR record, manager confirmation, or the employee ID plus one personal detail). Never accept the name alone.',
      '2. If the account holds any admin role, stop and hand the ticket to the SSPR administrator: only a Global administrator or a Privileged authentication administrator may reset an administrator.',
      '3. In the Entra admin center, open the user and choose Reset password; keep "must change password at next sign-in" on.',
      '4. Give the temporary password only through the verified channel from step 1.',
      '5. Ask the user to sign in, pick a new password, and then add a second method at https://aka.ms/mysecurityinfo so this does not happen again.',
      '6. Log the ticket under the SSPR category as "no method available".',
    ].join('\n'),
    handledBy: 'Level 1 help desk',
  },
  {
    id: 'SUP-02',
    title: 'The text message or phone call never arrives',
    description: 'The user picks the phone method in the reset portal but no code or call comes through.',
    causes:
      'Wrong or old number on file (the portal shows only the last digits).\nNo signal, roaming, or the carrier filters short-code messages.\nText or voice was switched off in the Authentication methods policy.\nToo many attempts: after five failed verifications in 24 hours the user is blocked for the rest of that window.',
    resolution: [
      '1. Ask which method the user chose and whether the last digits shown match the phone in hand.',
      '2. Have the user wait two minutes, check signal, and try the other phone option (call instead of text, or the reverse). Discourage repeated requests, which lead to the 24-hour block.',
      '3. Suggest another registered method (authenticator app or alternate email) if one is on file.',
      '4. If the number is wrong: confirm identity as in SUP-01, then ask Level 2 to correct the phone number in the user\'s Authentication methods, or reset the password and let the user fix it at https://aka.ms/mysecurityinfo.',
      '5. If no user in a country receives texts, check the Authentication methods policy and escalate to the SSPR administrator.',
      '6. If the user is blocked, explain that the block lifts 24 hours after the first attempt, or reset the password for them after the identity check.',
    ].join('\n'),
    handledBy: 'Level 1 help desk (number changes: Level 2 help desk)',
  },
  {
    id: 'SUP-03',
    title: 'The user cannot get into the reset portal',
    description:
      'The portal says the account cannot use self-service reset, or the page does not load at all.',
    causes:
      'The user is not in the group SSPR is enabled for, directly or through a nested group, because that wave has not started yet.\nA typo in the sign-in name, or a guest or disabled account.\nA proxy or firewall on the user\'s network blocks the Microsoft sign-in pages.',
    resolution: [
      '1. Check the address (https://aka.ms/sspr or the landing page) and that the user typed the full sign-in name, for example name@contoso.com.',
      '2. Look up the user\'s group memberships and compare them with the group in the support cheat sheet; membership through a nested group counts.',
      '3. If the user\'s wave has started but the user is missing from its group, ask Level 2 to add the user; the change can take a few minutes to apply.',
      '4. If the user\'s wave has not started, tell them when it will and reset the password the usual way in the meantime.',
      '5. If the page does not load, try from a phone on mobile data; if that works, report the blocked addresses (passwordreset.microsoftonline.com and login.microsoftonline.com) to the network team.',
      '6. A disabled or guest account is out of scope: follow the normal account procedure.',
    ].join('\n'),
    handledBy: 'Level 1 help desk (group changes: Level 2 help desk)',
  },
  {
    id: 'SUP-04',
    title: 'Identity is verified but the new password is refused',
    description: 'The user passes verification, types a new password, and the portal rejects it or reports an error.',
    causes:
      'The password does not meet the length, complexity or history rules, or on-premises AD has a stricter policy (such as a minimum password age).\nThe password contains a banned word, for example the company name.\nWriteback failed: the Entra Connect server is down, writeback is off, or the connector account lacks rights on that user\'s object.\nThe account is protected on-premises (enterprise or domain admin), which writeback never changes.',
    resolution: [
      '1. Ask for the exact message on screen and the time it appeared.',
      '2. Go through the password rules with the user: enough length, not a recent password, no company or product names, no simple patterns. Suggest a passphrase of three or four unrelated words.',
      '3. Let the user try again with the new passphrase.',
      '4. If the error mentions the on-premises directory or a temporary problem, look up the user\'s "Reset password (self-service)" entry in the audit log for the failure reason.',
      '5. Check Entra Connect: the sync service is running, password writeback is enabled, and the connector account has reset and change-password rights on the user\'s OU. Escalate to the identity team with the time and correlation ID if any of these fail.',
      '6. For a protected on-premises admin account, reset the password in on-premises AD instead and record that the account should not be synced.',
    ].join('\n'),
    handledBy: 'Level 2 help desk',
  },
  {
    id: 'SUP-05',
    title: 'No reset link on the Windows sign-in screen',
    description: 'The user is at a Windows PC and expects a "Reset password" link below the password box, but it is not there.',
    causes:
      'The PC is only joined to the on-premises domain, not Entra joined or hybrid joined.\nWindows is older than Windows 10 version 1709.\nThe Intune setting for reset on the sign-in screen is not assigned to the device, or has not arrived yet.\nThe user is connecting through Remote Desktop, where the link never appears.',
    resolution: [
      '1. Give the user a way in now: reset at https://aka.ms/sspr from a phone or another PC, then sign in with the new password.',
      '2. Ask whether the user is at the PC itself or in a Remote Desktop session; the link only shows at the physical sign-in screen.',
      '3. Check the Windows version on the PC (winver): it must be Windows 10 version 1709 or later, or Windows 11.',
      '4. Check the join state with "dsregcmd /status": AzureAdJoined must be YES (for hybrid, DomainJoined is YES as well).',
      '5. In Intune, confirm the device is enrolled, the configuration profile that allows password reset at sign-in is assigned to it, and it checked in recently; trigger a sync and restart the PC.',
      '6. If the device cannot be joined, record it for the endpoint team; the user keeps using the web portal.',
    ].join('\n'),
    handledBy: 'Level 2 help desk with the endpoint (Intune) team',
  },
];
