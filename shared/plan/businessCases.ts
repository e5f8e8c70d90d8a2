import type { TestCase } from './schema';

/**
 * The nine business cases every SSPR pilot should pass (sspr-domain.md §7), in our own words.
 * Two expected results are a choice the organization makes; they say so and propose a default.
 */
export const BUSINESS_CASES: TestCase[] = [
  {
    id: 'TC-01',
    title: 'Reset portal works from the corporate network',
    preconditions:
      'A pilot user who is enabled for SSPR and has finished registration.\nThe test PC is connected to the office LAN or Wi-Fi (not a guest network).',
    steps: [
      '1. On a corporate PC, open a private browser window.',
      '2. Go to the password landing page and follow its "Forgot my password" link (or open https://aka.ms/sspr directly).',
      '3. Enter the pilot user\'s sign-in name and the characters shown in the picture.',
      '4. Prove identity with the registered method(s).',
      '5. Choose a new password and sign in with it.',
    ].join('\n'),
    expected:
      'Organization decides: proposed default is that the portal opens and the reset completes from the corporate network, with no extra prompt.',
    network: 'inside',
    device: 'Corporate Windows 10/11 PC, any supported browser',
    phase: 'pilot',
    scenario: '',
  },
  {
    id: 'TC-02',
    title: 'Reset portal works from outside the corporate network',
    preconditions:
      'A pilot user who is enabled for SSPR and has finished registration.\nThe test device is on a home broadband or mobile data connection, not on the VPN.',
    steps: [
      '1. Disconnect from the VPN and the office network.',
      '2. Open https://aka.ms/sspr in a browser.',
      '3. Enter the pilot user\'s sign-in name and the characters shown in the picture.',
      '4. Prove identity with the registered method(s).',
      '5. Choose a new password and sign in with it.',
    ].join('\n'),
    expected:
      'Organization decides: proposed default is that the portal is reachable from anywhere on the internet, because people most often forget a password away from the office; the registered methods protect the reset.',
    network: 'outside',
    device: 'Any browser (home PC or smartphone)',
    phase: 'pilot',
    scenario: '',
  },
  {
    id: 'TC-03',
    title: 'A user outside the enabled group cannot reset',
    preconditions:
      'A licensed user who is NOT a member of the SSPR group, directly or through a nested group, and holds no admin role.',
    steps: [
      '1. Open https://aka.ms/sspr in a browser.',
      '2. Enter the user\'s sign-in name and the characters shown in the picture.',
      '3. Note the message the portal shows.',
    ].join('\n'),
    expected:
      'The portal does not offer any verification step: it states that the account cannot use self-service reset and points to the administrator or help desk.',
    network: 'any',
    device: 'Any browser',
    phase: 'pilot',
    scenario: '',
  },
  {
    id: 'TC-04',
    title: 'An enabled user who never registered cannot reset',
    preconditions:
      'A member of the SSPR group with no authentication methods on file (has never completed registration and nothing was pre-populated).',
    steps: [
      '1. Open https://aka.ms/sspr in a browser.',
      '2. Enter the user\'s sign-in name and the characters shown in the picture.',
      '3. Note the message the portal shows.',
    ].join('\n'),
    expected:
      'The reset cannot go ahead: the portal says no contact details are on file for the account and sends the user to the help desk.',
    network: 'any',
    device: 'Any browser',
    phase: 'pilot',
    scenario: '',
  },
  {
    id: 'TC-05',
    title: 'An unregistered user is asked to register at sign-in',
    preconditions:
      'Registration at sign-in is required by the policy.\nA member of the SSPR group who has not registered yet.',
    steps: [
      '1. Sign out of all Microsoft 365 sessions, or use a private browser window.',
      '2. Sign in to https://myapps.microsoft.com (or Outlook on the web) as the user.',
      '3. Note what happens after the password is accepted.',
    ].join('\n'),
    expected:
      'Before reaching the app, the user is taken to the security-info registration page and asked to set up the required number of methods.',
    network: 'any',
    device: 'Any browser',
    phase: 'pilot',
    scenario: '',
  },
  {
    id: 'TC-06',
    title: 'A registered user is not asked again at sign-in',
    preconditions:
      'Registration at sign-in is required by the policy.\nThe user from TC-05 has now registered the required methods, and the reconfirmation period has not run out.',
    steps: [
      '1. Sign out of all sessions, or use a private browser window.',
      '2. Sign in to https://myapps.microsoft.com as the user.',
      '3. Note whether any registration or confirmation page appears.',
    ].join('\n'),
    expected: 'The user lands straight in the app; no registration prompt appears.',
    network: 'any',
    device: 'Any browser',
    phase: 'pilot',
    scenario: '',
  },
  {
    id: 'TC-07',
    title: 'A user without a license can still reach the portal',
    preconditions:
      'A member of the SSPR group who has no license that includes SSPR (neither assigned directly nor through a licensed group).',
    steps: [
      '1. Open https://aka.ms/sspr in a browser.',
      '2. Enter the user\'s sign-in name and the characters shown in the picture.',
      '3. Note how far the user gets.',
    ].join('\n'),
    expected:
      'The portal is reachable: Microsoft does not check licenses here. Record the result and make sure the licensing section shows the user as not covered.',
    network: 'any',
    device: 'Any browser',
    phase: 'pilot',
    scenario: '',
  },
  {
    id: 'TC-08',
    title: 'Password reset from the Windows sign-in screen',
    preconditions:
      'A registered pilot user.\nA Windows 10 (version 1709 or later) or Windows 11 PC that is Entra joined or hybrid joined, with the lock-screen reset setting delivered by Intune.\nThe tester sits at the PC itself, not in a Remote Desktop session.',
    steps: [
      '1. Lock the PC or sign out.',
      '2. On the sign-in screen, select the pilot user and choose the "Reset password" link under the password box.',
      '3. Prove identity with the registered method(s).',
      '4. Choose a new password.',
      '5. Sign in to Windows with the new password.',
    ].join('\n'),
    expected: 'The reset completes from the sign-in screen and the user signs in to Windows with the new password.',
    network: 'any',
    device: 'Windows 10/11 PC, Entra joined or hybrid joined',
    phase: 'pilot',
    scenario: '',
  },
  {
    id: 'TC-09',
    title: 'Registration and reset show up in the audit log',
    preconditions:
      'TC-05 and TC-01 (or TC-02) have just been run.\nThe tester can read Entra audit logs (for example as Reports reader or Security reader).',
    steps: [
      '1. In the Entra admin center, open the audit logs.',
      '2. Filter on the service "Self-service Password Management" and the last hour.',
      '3. Look for the test user\'s registration and reset events; for combined registration also check the "Authentication Methods" category.',
    ].join('\n'),
    expected:
      'Within a short time of each test, an entry for the registration and one for the self-service reset appear, naming the test user.',
    network: 'any',
    device: 'Any browser (administrator session)',
    phase: 'pilot',
    scenario: '',
  },
];
