// The one place the app learns its version: esbuild bundles only this field of package.json.
import { version } from '../package.json';

/** The app's version as package.json states it, e.g. on the plan document's title page. */
export const APP_VERSION: string = version;
