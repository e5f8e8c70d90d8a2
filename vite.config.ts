import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Builds the React renderer into dist/renderer. The app runs under a CSP without 'unsafe-inline',
 * so the output must not contain inline scripts or styles: the module-preload polyfill (an inline
 * script) is off and CSS goes to files.
 */
export default defineConfig({
  root: `${here}renderer`,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${here}dist/renderer`,
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
    chunkSizeWarningLimit: 2000,
  },
});
