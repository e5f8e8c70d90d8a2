/** Messages the API client and store show when the host itself cannot be reached or misbehaves. */
export const clientStrings = {
  hostUnreachable: 'The planner cannot reach its host. Check that sspr-planner serve is still running, then reload the page.',
  badAnswer: (status: number) => `The planner's host gave an answer it could not read (HTTP ${status}).`,
  noToken: 'This page was opened without its access token. Open the address that sspr-planner serve printed when it started.',
  fileUnreadable: (name: string) => `${name} could not be read. It may have been moved or changed since it was chosen; choose it again.`,
  unexpected: 'Something went wrong in the app. Try again; if it keeps happening, reload the window.',
};
