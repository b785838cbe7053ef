import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { setMessages } from '../../electron/shared/i18n';
import { en } from '../../electron/shared/i18n/en';
import { longStrings } from '../../electron/shared/i18n/long-strings';

// Browser preview only: `?long-strings` lengthens every message by ~40 % (layout tests).
if (!window.unslouch && new URLSearchParams(window.location.search).has('long-strings')) {
  setMessages('en', longStrings(en));
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
