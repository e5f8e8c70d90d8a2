/**
 * The export code and what it brings (docx, nodemailer, jszip, resvg's native addon) loads on first
 * use: every CLI command and the app's start-up would otherwise pay about 20 MB of memory for it.
 */
export const exportCode = {
  files: () => import('./email-files'),
  smtp: () => import('./smtp'),
  planDocx: () => import('./plan-docx'),
  cheatSheet: () => import('./cheatsheet-docx'),
};
