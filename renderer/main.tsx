import { createDOMRenderer } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { cspNonce } from './app/cspNonce';
import { Root } from './app/Root';
import './app/global.css';

const nonce = cspNonce();
const renderer = createDOMRenderer(document, nonce ? { styleElementAttributes: { nonce } } : {});

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <Root renderer={renderer} />
  </StrictMode>,
);
