import { createDOMRenderer } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import './app/global.css';

/** The host puts a per-response nonce in this meta tag; Griffel's <style> elements must carry it under the CSP. */
function cspNonce(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]');
  const nonce = meta?.content;
  return nonce && nonce !== '__CSP_NONCE__' ? nonce : undefined;
}

const nonce = cspNonce();
const renderer = createDOMRenderer(document, nonce ? { styleElementAttributes: { nonce } } : {});

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <Root renderer={renderer} />
  </StrictMode>,
);
